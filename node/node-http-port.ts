import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { lowerCaseHeaders, TransportError, type HttpPort, type HttpRequest, type HttpResponse } from "../src/core/repo-facts/http-port";
import { checkRedirect, MAX_REDIRECTS } from "../src/core/repo-facts/redirect-policy";

/**
 * The CLI's transport: Node http/https, following redirects only as the redirect policy allows,
 * reading at most `maxBytes` of a body, giving up at the deadline. Credentials never cross origins.
 */
export const nodeHttpPort: HttpPort = (request) => {
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new TransportError("timeout")), request.timeoutMs);
	});
	const inner = new AbortController();
	const stop = (): void => inner.abort();
	request.signal.addEventListener("abort", stop, { once: true });
	void deadline.catch(stop);
	return Promise.race([follow({ ...request, signal: inner.signal }), deadline]).finally(() => {
		clearTimeout(timer);
		request.signal.removeEventListener("abort", stop);
		// Whatever is still open (a body that never ends) is closed.
		inner.abort();
	});
};

async function follow(request: HttpRequest): Promise<HttpResponse> {
	let url = request.url;
	let headers = { ...request.headers };
	for (let hop = 0; ; hop++) {
		const response = await once(url, headers, request);
		const location = response.headers.location;
		if (!isRedirect(response.status) || location === undefined) return response;
		if (hop >= MAX_REDIRECTS) throw new TransportError("redirect-refused", "too many redirects");
		const verdict = checkRedirect(url, location);
		if (!verdict.ok) throw new TransportError("redirect-refused", verdict.reason);
		if (verdict.url.origin !== new URL(url).origin) headers = withoutCredentials(headers);
		url = verdict.url.toString();
	}
}

function isRedirect(status: number): boolean {
	return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
	const { authorization: _a, "private-token": _p, ...rest } = headers;
	return rest;
}

function once(url: string, headers: Record<string, string>, request: HttpRequest): Promise<HttpResponse> {
	return new Promise((resolve, reject) => {
		if (request.signal.aborted) return reject(new TransportError("cancelled"));
		const send = url.startsWith("https:") ? httpsRequest : httpRequest;
		const req = send(url, { method: "GET", headers, timeout: request.timeoutMs });
		const fail = (error: TransportError): void => {
			req.destroy();
			reject(error);
		};
		const onAbort = (): void => fail(new TransportError("cancelled"));
		request.signal.addEventListener("abort", onAbort, { once: true });
		req.on("timeout", () => fail(new TransportError("timeout")));
		req.on("error", (error) => fail(error instanceof TransportError ? error : new TransportError("network", error.message)));
		req.on("close", () => request.signal.removeEventListener("abort", onAbort));
		req.on("response", (res) => readBody(res, url, request.maxBytes, resolve, fail));
		req.end();
	});
}

function readBody(res: IncomingMessage, url: string, maxBytes: number, resolve: (response: HttpResponse) => void, fail: (error: TransportError) => void): void {
	const declared = Number(res.headers["content-length"]);
	if (Number.isFinite(declared) && declared > maxBytes) return fail(new TransportError("too-large"));
	const chunks: Buffer[] = [];
	let size = 0;
	res.on("data", (chunk: Buffer) => {
		size += chunk.length;
		if (size > maxBytes) fail(new TransportError("too-large"));
		else chunks.push(chunk);
	});
	res.on("error", () => fail(new TransportError("network")));
	res.on("end", () => {
		if (size <= maxBytes) resolve({ status: res.statusCode ?? 0, headers: lowerCaseHeaders(res.headers), text: Buffer.concat(chunks).toString("utf8"), url });
	});
}
