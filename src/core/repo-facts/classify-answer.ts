import type { HostApi, ParsedRepo } from "./hosts/host-api";
import type { HttpResponse } from "./http-port";
import type { RepoAddress } from "./repo-address";

/** What one answer means for the cache. */
export type Answer =
	| { kind: "fresh"; parsed: ParsedRepo; movedTo: string | null; etag: string | null }
	| { kind: "unchanged"; etag: string | null }
	| { kind: "not-found" }
	| { kind: "rate-limited"; resetAt: string | null }
	| { kind: "failed"; error: string };

/** Reads a host's answer. Never throws: anything unexpected is a failure with a short reason. */
export function classifyAnswer(response: HttpResponse, api: HostApi, address: RepoAddress, maxBytes: number, now: Date): Answer {
	const { status, headers } = response;
	if (isRateLimited(status, headers)) return { kind: "rate-limited", resetAt: resetTime(headers, now) };
	if (status === 304) return { kind: "unchanged", etag: headers.etag ?? null };
	if (status === 404 || status === 410) return { kind: "not-found" };
	if (status !== 200) return { kind: "failed", error: `http ${status}` };
	if (response.text.length > maxBytes) return { kind: "failed", error: "too large" };
	let body: unknown;
	try {
		body = JSON.parse(response.text);
	} catch {
		return { kind: "failed", error: "malformed json" };
	}
	const parsed = api.parse(body);
	if (parsed === null) return { kind: "failed", error: "not a repository" };
	const moved = parsed.currentPath.toLowerCase() !== address.path.toLowerCase();
	return { kind: "fresh", parsed, movedTo: moved ? parsed.currentPath : null, etag: headers.etag ?? null };
}

/** GitHub answers 403 or 429 with `x-ratelimit-remaining: 0`; GitLab uses `ratelimit-remaining`; 429 alone also counts. */
function isRateLimited(status: number, headers: Record<string, string>): boolean {
	if (status === 429) return true;
	if (status !== 403) return false;
	return (headers["x-ratelimit-remaining"] ?? headers["ratelimit-remaining"]) === "0";
}

function resetTime(headers: Record<string, string>, now: Date): string | null {
	const epoch = Number(headers["x-ratelimit-reset"] ?? headers["ratelimit-reset"]);
	if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000).toISOString();
	const retry = headers["retry-after"];
	if (retry === undefined) return null;
	const seconds = Number(retry);
	if (Number.isFinite(seconds)) return new Date(now.getTime() + seconds * 1000).toISOString();
	const date = Date.parse(retry);
	return Number.isNaN(date) ? null : new Date(date).toISOString();
}
