/**
 * Which redirects a transport may follow. A host's answer is untrusted: it must not send us to
 * `file:` or another scheme, downgrade https to http, or point us at the user's own machine or
 * network (the API base itself may be local, as a mirror or a test server is; same-origin hops stay allowed).
 */
export const MAX_REDIRECTS = 5;

export type RedirectVerdict = { ok: true; url: URL } | { ok: false; reason: string };

export function checkRedirect(from: string, location: string): RedirectVerdict {
	let target: URL;
	try {
		target = new URL(location, from);
	} catch {
		return { ok: false, reason: "bad location" };
	}
	const origin = new URL(from);
	if (target.protocol !== "https:" && target.protocol !== "http:") return { ok: false, reason: `scheme ${target.protocol}` };
	if (origin.protocol === "https:" && target.protocol === "http:") return { ok: false, reason: "https to http" };
	if (target.origin === origin.origin) return { ok: true, url: target };
	if (isPrivateHost(target.hostname)) return { ok: false, reason: "private address" };
	return { ok: true, url: target };
}

/** Loopback, private, link-local and unspecified addresses, and names that mean this machine. */
export function isPrivateHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
	if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host === "") return true;
	const v4 = ipv4(host.startsWith("::ffff:") ? host.slice(7) : host);
	if (v4 !== null) return isPrivateV4(v4);
	if (!host.includes(":")) return false;
	return host === "::" || host === "::1" || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
}

function ipv4(host: string): number[] | null {
	const parts = host.split(".");
	if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
	return parts.map(Number);
}

function isPrivateV4([a, b]: number[]): boolean {
	if (a === undefined || b === undefined) return true;
	return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}
