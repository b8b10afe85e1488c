import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { clearTimeout, setTimeout } from "node:timers";
import { createBrotliDecompress, createGunzip, createInflate, type Gunzip } from "node:zlib";
import { checkFetchUrl, DEFAULT_LIMITS, isPrivateAddress, refusal, type FetchLimits, type FetchRefusal } from "../src/core/net/fetch-policy";
import type { FetchAnswer } from "../src/cli/machine";


/**
 * GET for the CLI under the fetch policy: redirects followed by hand (each target checked, at most
 * `maxRedirects`), the resolved address checked too (a public name pointing at 127.0.0.1 is refused),
 * the body cut off at `maxBytes` both on the wire and after gzip/deflate/brotli decoding, and the
 * whole exchange abandoned after `timeoutMs`. Never throws; a refusal says which rule stopped it.
 */
export async function guardedFetch(url: string, limits: Partial<FetchLimits> = {}): Promise<FetchAnswer> {
	const rules = { ...DEFAULT_LIMITS, ...limits };
	const deadline = Date.now() + rules.timeoutMs;
	let current = url;
	for (let hop = 0; hop <= rules.maxRedirects; hop++) {
		const refused = checkFetchUrl(current, rules.allowHosts);
		if (refused) return { ok: false, refusal: refused };
		const answer = await oneRequest(current, rules, deadline);
		if (answer.kind === "refused") return { ok: false, refusal: answer.refusal };
		if (answer.kind === "redirect") {
			current = answer.location;
			continue;
		}
		return { ok: true, bytes: answer.bytes, contentType: answer.contentType, url: current };
	}
	return { ok: false, refusal: refusal("too-many-redirects", current, `more than ${rules.maxRedirects} redirects`) };
}

type OneAnswer = { kind: "body"; bytes: Uint8Array; contentType: string | null } | { kind: "redirect"; location: string } | { kind: "refused"; refusal: FetchRefusal };

function oneRequest(url: string, rules: FetchLimits, deadline: number): Promise<OneAnswer> {
	return new Promise((resolve) => {
		let settled = false;
		const finish = (answer: OneAnswer) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			request.destroy();
			resolve(answer);
		};
		const refuse = (code: FetchRefusal["code"], detail: string) => finish({ kind: "refused", refusal: refusal(code, url, detail) });
		const send = url.startsWith("https:") ? httpsRequest : httpRequest;
		const request = send(url, { method: "GET", lookup: guardedLookup(rules.allowHosts), headers: { "accept-encoding": "gzip, deflate, br", "user-agent": "framework-atlas" } }, (response) => {
			const status = response.statusCode ?? 0;
			if (status >= 300 && status < 400 && response.headers.location !== undefined) {
				const location = resolveLocation(response.headers.location, url);
				return location === null ? refuse("bad-url", "unreadable redirect target") : finish({ kind: "redirect", location });
			}
			if (status >= 400) return refuse("http-status", `HTTP ${status}`);
			readBody(response, rules.maxBytes, (result) => (typeof result === "string" ? refuse(result === "too-large" ? "too-large" : "bad-encoding", result) : finish({ kind: "body", bytes: result, contentType: header(response, "content-type") })));
		});
		const timer = setTimeout(() => refuse("timeout", `no complete answer within ${rules.timeoutMs} ms`), Math.max(0, deadline - Date.now()));
		request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPRIVATE" ? refuse("private-address", error.message) : refuse("network", error.message)));
		request.end();
	});
}

/** Resolves host names as usual, then refuses a private answer unless the name itself was allowed. */
function guardedLookup(allowHosts: readonly string[]): LookupFunction {
	return (hostname, options, callback) => {
		dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
			if (error) return callback(error, "", 4);
			const allowed = allowHosts.includes(hostname) || addresses.every((a) => allowHosts.includes(a.address));
			const blocked = allowed ? undefined : addresses.find((a) => isPrivateAddress(a.address));
			if (blocked) {
				const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves to the private address ${blocked.address}`);
				refused.code = "EPRIVATE";
				return callback(refused, "", 4);
			}
			if (options.all) return callback(null, addresses);
			const first = addresses[0]!;
			callback(null, first.address, first.family);
		});
	};
}

function resolveLocation(location: string, base: string): string | null {
	try {
		return new URL(location, base).href;
	} catch {
		return null;
	}
}

function header(response: IncomingMessage, name: string): string | null {
	const value = response.headers[name];
	return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** Collects the body, decoded per Content-Encoding, refusing it as soon as either count passes `maxBytes`. */
function readBody(response: IncomingMessage, maxBytes: number, done: (result: Uint8Array | "too-large" | "bad-encoding") => void): void {
	const encoding = (header(response, "content-encoding") ?? "identity").trim().toLowerCase();
	const decoder = decoderFor(encoding);
	if (decoder === undefined) {
		done("bad-encoding");
		return;
	}
	let wire = 0;
	let decoded = 0;
	const chunks: Buffer[] = [];
	let over = false;
	const stop = (result: "too-large" | "bad-encoding") => {
		if (over) return;
		over = true;
		response.destroy();
		decoder?.destroy();
		done(result);
	};
	const collect = (chunk: Buffer) => {
		decoded += chunk.length;
		if (decoded > maxBytes) return stop("too-large");
		chunks.push(chunk);
	};
	const declared = Number(header(response, "content-length") ?? "0");
	if (declared > maxBytes) return stop("too-large");
	response.on("data", (chunk: Buffer) => {
		wire += chunk.length;
		if (wire > maxBytes) return stop("too-large");
		if (decoder) decoder.write(chunk);
		else collect(chunk);
	});
	response.on("end", () => {
		if (over) return;
		if (decoder) decoder.end();
		else done(new Uint8Array(Buffer.concat(chunks)));
	});
	response.on("error", () => stop("bad-encoding"));
	if (decoder) {
		decoder.on("data", collect);
		decoder.on("error", () => stop("bad-encoding"));
		decoder.on("end", () => !over && done(new Uint8Array(Buffer.concat(chunks))));
	}
}

/** Null: no decoding needed; undefined: an encoding we do not read (refused rather than guessed). */
function decoderFor(encoding: string): Gunzip | null | undefined {
	if (encoding === "identity" || encoding === "") return null;
	if (encoding === "gzip" || encoding === "x-gzip") return createGunzip();
	if (encoding === "deflate") return createInflate();
	if (encoding === "br") return createBrotliDecompress();
	return undefined;
}
