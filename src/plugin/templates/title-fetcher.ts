import { requestUrl } from "obsidian";
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

/** The page's title, or `fallback` when fetching or reading it fails. Only called when the user turned fetching on. */
export async function fetchPageTitle(url: string, fallback: string, fetcher: PageFetcher = obsidianFetcher): Promise<{ title: string; failed: boolean }> {
	try {
		const { bytes, contentType } = await fetcher(url);
		return { title: pageTitle(bytes, contentType, fallback), failed: false };
	} catch {
		return { title: fallback, failed: true };
	}
}
