import { requestUrl } from "obsidian";
import { lowerCaseHeaders, TransportError, type HttpPort } from "../../core/repo-facts/http-port";

/**
 * The plugin's transport: Obsidian's requestUrl (no CORS, works on mobile). It follows redirects
 * itself and cannot stream, so the deadline is a race and the size cap is checked on the text.
 */
export const requestUrlPort: HttpPort = (request) => {
	let timer = 0;
	const deadline = new Promise<never>((_, reject) => {
		timer = window.setTimeout(() => reject(new TransportError("timeout")), request.timeoutMs);
	});
	const aborted = new Promise<never>((_, reject) => request.signal.addEventListener("abort", () => reject(new TransportError("cancelled")), { once: true }));
	const exchange = (async () => {
		const response = await requestUrl({ url: request.url, method: "GET", headers: request.headers, throw: false });
		const text = response.text;
		if (text.length > request.maxBytes) throw new TransportError("too-large");
		return { status: response.status, headers: lowerCaseHeaders(response.headers), text, url: request.url };
	})();
	return Promise.race([exchange, deadline, aborted]).finally(() => window.clearTimeout(timer));
};
