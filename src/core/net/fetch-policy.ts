/**
 * What any fetch on the user's behalf (a page title, repository facts) accepts from the network.
 * Pure: the transports (Obsidian's requestUrl, Node's http in the CLI) apply it. A network answer is
 * untrusted input: it is refused, or cut at a cap, never allowed to hang a command, fill the memory,
 * or steer a request to the user's own machine or network.
 */

/** Bytes read from the wire, and bytes after decompression (a gzip bomb stops here). */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
/** The whole exchange, redirects and body included: a response that never ends is abandoned. */
export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;

export type FetchRefusalCode =
	| "scheme"
	| "private-address"
	| "bad-url"
	| "too-many-redirects"
	| "too-large"
	| "timeout"
	| "http-status"
	| "bad-encoding"
	| "network";

export interface FetchRefusal {
	code: FetchRefusalCode;
	/** The URL the refusal is about (a redirect's target, not the one the user typed). */
	url: string;
	/** English detail for logs; messages to the user come from the locale tables by code. */
	detail: string;
}

export interface FetchLimits {
	maxBytes: number;
	timeoutMs: number;
	maxRedirects: number;
	/** Host names (or addresses) allowed although private: tests serving from 127.0.0.1. */
	allowHosts: readonly string[];
}

export const DEFAULT_LIMITS: FetchLimits = { maxBytes: MAX_RESPONSE_BYTES, timeoutMs: FETCH_TIMEOUT_MS, maxRedirects: MAX_REDIRECTS, allowHosts: [] };

export function refusal(code: FetchRefusalCode, url: string, detail: string): FetchRefusal {
	return { code, url, detail };
}

/** Null when `url` may be fetched; otherwise why not. Checked for the first URL and every redirect. */
export function checkFetchUrl(url: string, allowHosts: readonly string[] = []): FetchRefusal | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return refusal("bad-url", url, "not a URL");
	}
	if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return refusal("scheme", url, `${parsed.protocol} is not http(s)`);
	const host = hostOf(parsed);
	if (host === "") return refusal("bad-url", url, "no host");
	if (allowHosts.includes(host)) return null;
	if (isPrivateHostName(host) || isPrivateAddress(host)) return refusal("private-address", url, `${host} is a local or private address`);
	return null;
}

/** The host without IPv6 brackets or a trailing dot; the URL parser already turned `2130706433` into `127.0.0.1`. */
export function hostOf(url: URL): string {
	return url.hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
}

const PRIVATE_NAMES = /^(localhost|.*\.localhost|.*\.local|.*\.internal|.*\.lan|.*\.home\.arpa)$/;

function isPrivateHostName(host: string): boolean {
	return PRIVATE_NAMES.test(host);
}

/** Loopback, private, link-local, carrier-grade NAT, multicast and unspecified addresses, IPv4 and IPv6. */
export function isPrivateAddress(address: string): boolean {
	const v4 = ipv4Parts(address);
	if (v4) return isPrivateV4(v4);
	if (!address.includes(":")) return false;
	const lower = address.toLowerCase();
	const mapped = /^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1] ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
	if (mapped) return isPrivateV4(ipv4Parts(mapped) ?? [0, 0, 0, 0]);
	const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
	if (hex) {
		const high = parseInt(hex[1]!, 16);
		const low = parseInt(hex[2]!, 16);
		return isPrivateV4([high >> 8, high & 255, low >> 8, low & 255]);
	}
	if (lower === "::" || lower === "::1" || /^0*(:0*)*:0*1?$/.test(lower)) return true;
	const first = parseInt(lower.split(":")[0] || "0", 16);
	// fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
	return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

function ipv4Parts(address: string): number[] | null {
	const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
	if (!match) return null;
	const parts = match.slice(1).map(Number);
	return parts.every((p) => p <= 255) ? parts : null;
}

function isPrivateV4([a, b]: number[]): boolean {
	return (
		a === 0 ||
		a === 10 ||
		a === 127 ||
		(a === 100 && b! >= 64 && b! <= 127) ||
		(a === 169 && b === 254) ||
		(a === 172 && b! >= 16 && b! <= 31) ||
		(a === 192 && b === 168) ||
		(a === 198 && (b === 18 || b === 19)) ||
		a! >= 224
	);
}
