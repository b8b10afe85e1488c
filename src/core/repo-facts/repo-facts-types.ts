/** The code hosts whose public API we ask for repository facts. */
export type RepoHost = "github" | "gitee" | "gitlab";

/** What the last answer about a repository said. */
export type FactsStatus = "ok" | "moved" | "not-found" | "failed";

/** Facts about one repository, as the host reported them. Untrusted text: rendered as text only. */
export interface RepoFacts {
	stars: number | null;
	forks: number | null;
	openIssues: number | null;
	/** ISO 8601 instant of the last push (GitHub, Gitee) or last activity (GitLab). */
	pushedAt: string | null;
	archived: boolean;
	/** SPDX id where the host gives one (GitHub, Gitee); GitLab's license key otherwise. */
	license: string | null;
	language: string | null;
	description: string | null;
	topics: string[];
	/** `owner/name` the repository now answers to, when it was renamed or transferred. */
	movedTo: string | null;
}

/** One repository in the cache file: its facts (kept through failures), and how they were obtained. */
export interface FactsRecord extends RepoFacts {
	host: RepoHost;
	status: FactsStatus;
	/** Sent back as If-None-Match; a 304 keeps the facts and costs no rate limit. */
	etag: string | null;
	/** When the host last answered (200, 304 or 404); null if it never did. */
	fetchedAt: string | null;
	/** Why the last attempt failed (status "failed"): "timeout", "http 502", "malformed json"... */
	error: string | null;
}

export function emptyFacts(): RepoFacts {
	return { stars: null, forks: null, openIssues: null, pushedAt: null, archived: false, license: null, language: null, description: null, topics: [], movedTo: null };
}

/** Whether a record carries facts worth showing (a repo that was never found has none). */
export function hasFacts(record: FactsRecord | null | undefined): record is FactsRecord {
	return record !== null && record !== undefined && record.status !== "not-found" && record.fetchedAt !== null;
}
