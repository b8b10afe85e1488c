/**
 * @jest-environment jsdom
 */
/**
 * The plugin's title fetch (requestUrl) under the same policy as the CLI's, as far as requestUrl
 * allows: no request to a non-http(s), local or private address; an answer over the size cap, later
 * than the time limit, or whose title does not decode is dropped and the user's own title is used.
 */
import { TextDecoder as NodeTextDecoder } from "node:util";
import { FETCH_TIMEOUT_MS, MAX_RESPONSE_BYTES } from "../../../src/core/net/fetch-policy";
import { fetchPageTitle, type PageFetcher } from "../../../src/plugin/templates/title-fetcher";

// jsdom has no TextDecoder; Obsidian (Electron) does.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

const html = (title: string) => new Uint8Array(Buffer.from(`<title>${title}</title>`, "utf8"));

function recording(answer: () => Promise<{ bytes: Uint8Array; contentType: string | null }>): PageFetcher & { calls: string[] } {
	const calls: string[] = [];
	const fetcher = (url: string) => {
		calls.push(url);
		return answer();
	};
	return Object.assign(fetcher, { calls });
}

test.each(["file:///etc/passwd", "javascript:alert(1)", "http://127.0.0.1/", "http://localhost:8080/x", "http://10.1.2.3/", "http://[::1]/", "http://169.254.169.254/", "http://2130706433/"])(
	"%s is never requested",
	async (url) => {
		const fetcher = recording(() => Promise.resolve({ bytes: html("secret"), contentType: "text/html" }));
		expect(await fetchPageTitle(url, "mine", fetcher)).toEqual({ title: "mine", failed: true });
		expect(fetcher.calls).toEqual([]);
	},
);

test("an answer over the size cap is dropped", async () => {
	const big = new Uint8Array(MAX_RESPONSE_BYTES + 1).fill(0x61);
	big.set(html("huge"), 0);
	expect(await fetchPageTitle("https://example.org/", "mine", recording(() => Promise.resolve({ bytes: big, contentType: "text/html" })))).toEqual({ title: "mine", failed: true });
});

test("a title that does not decode in the claimed charset is not used", async () => {
	const gbkBytes = new Uint8Array([0x3c, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e, 0xd6, 0xd0, 0x3c, 0x2f, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e]);
	const result = await fetchPageTitle("https://example.org/", "mine", recording(() => Promise.resolve({ bytes: gbkBytes, contentType: "text/html; charset=utf-8" })));
	expect(result).toEqual({ title: "mine", failed: true });
});

test("an answer that never comes is given up after the time limit", async () => {
	jest.useFakeTimers();
	try {
		const pending = fetchPageTitle("https://example.org/", "mine", recording(() => new Promise(() => undefined)));
		jest.advanceTimersByTime(FETCH_TIMEOUT_MS + 1);
		expect(await pending).toEqual({ title: "mine", failed: true });
	} finally {
		jest.useRealTimers();
	}
});

test("a good page still gives its title", async () => {
	expect(await fetchPageTitle("https://example.org/", "mine", recording(() => Promise.resolve({ bytes: html("veRL &amp; friends"), contentType: "text/html" })))).toEqual({ title: "veRL & friends", failed: false });
});
