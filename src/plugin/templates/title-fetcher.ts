import { requestUrl } from "obsidian";
import { checkFetchUrl, FETCH_TIMEOUT_MS, MAX_RESPONSE_BYTES } from "../../core/net/fetch-policy";
import { pageTitle } from "../../core/sources/page-title";

/** Raw bytes and Content-Type of a page; `requestUrl` in Obsidian, something local in tests. */
export type PageFetcher = (url: string) => Promise<{ bytes: Uint8Array; contentType: string | null }>;

export const obsidianFetcher: PageFetcher = async (url) => {
	// requestUrl is not bound by CORS and works on mobile; throw: false so a 404 page is not an exception.
	const response = await requestUrl({ url, method: "GET", throw: false });
	if (response.status >= 400) throw new Error(`HTTP ${response.status}`);
	const contentType = Object.entries(response.headers).find(([name]) => name.toLowerCase() === "content-type")?.[1] ?? null;
	return { bytes: new Uint8Array(response.arrayBuffer), contentType };
};

/**
 * The page's title, or `fallback` when fetching or reading it fails. Only called when the user turned
 * fetching on. The fetch policy applies as far as requestUrl lets it: the address must be http(s) and
 * not local or private, an answer later than the time limit or larger than the size cap is dropped,
 * and a title that does not decode is not used. (requestUrl follows redirects and unpacks gzip itself;
 * the CLI's fetcher checks those too.)
 */
export async function fetchPageTitle(url: string, fallback: string, fetcher: PageFetcher = obsidianFetcher): Promise<{ title: string; failed: boolean }> {
	if (checkFetchUrl(url) !== null) return { title: fallback, failed: true };
	try {
		const { bytes, contentType } = await withTimeout(fetcher(url), FETCH_TIMEOUT_MS);
		if (bytes.length > MAX_RESPONSE_BYTES) return { title: fallback, failed: true };
		const title = pageTitle(bytes, contentType, fallback);
		return title.includes("\ufffd") ? { title: fallback, failed: true } : { title, failed: false };
	} catch {
		return { title: fallback, failed: true };
	}
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = window.setTimeout(() => reject(new Error("timed out")), ms);
		work.then(
			(value) => {
				window.clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				window.clearTimeout(timer);
				reject(error instanceof Error ? error : new Error(String(error)));
			},
		);
	});
}
