import { isObject } from "./hosts/host-api";
import { emptyFacts, type FactsRecord, type FactsStatus, type RepoHost } from "./repo-facts-types";

export const FACTS_CACHE_VERSION = 1;
export const FACTS_CACHE_FILE = "repo-facts.json";

export interface FactsCache {
	version: number;
	repos: Record<string, FactsRecord>;
}

/** Why a cache file could not be used as it is; the caller renames it aside and starts empty. */
export type CacheProblem = "corrupt" | "future-version";

export function emptyCache(): FactsCache {
	return { version: FACTS_CACHE_VERSION, repos: Object.create(null) as Record<string, FactsRecord> };
}

/**
 * Reads `repo-facts.json`. Never throws: unreadable JSON or the wrong shape is "corrupt", a newer
 * version is "future-version" (a newer plugin wrote it; we must not overwrite what it knows).
 * Records with a bad field are dropped one by one rather than losing the file.
 */
export function parseFactsCache(text: string | null): { cache: FactsCache; problem: CacheProblem | null } {
	if (text === null) return { cache: emptyCache(), problem: null };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { cache: emptyCache(), problem: "corrupt" };
	}
	if (!isObject(data) || typeof data.version !== "number" || !isObject(data.repos)) return { cache: emptyCache(), problem: "corrupt" };
	if (data.version > FACTS_CACHE_VERSION) return { cache: emptyCache(), problem: "future-version" };
	const cache = emptyCache();
	for (const [key, value] of Object.entries(data.repos)) {
		const record = readRecord(value);
		if (record !== null && /^https:\/\//.test(key)) cache.repos[key] = record;
	}
	return { cache, problem: null };
}

export function serializeFactsCache(cache: FactsCache): string {
	const repos: Record<string, FactsRecord> = {};
	for (const key of Object.keys(cache.repos).sort()) repos[key] = cache.repos[key]!;
	return JSON.stringify({ version: FACTS_CACHE_VERSION, repos }, null, "\t") + "\n";
}

const HOSTS: readonly RepoHost[] = ["github", "gitee", "gitlab"];
const STATUSES: readonly FactsStatus[] = ["ok", "moved", "not-found", "failed"];

function readRecord(value: unknown): FactsRecord | null {
	if (!isObject(value)) return null;
	const { host, status } = value;
	if (!HOSTS.includes(host as RepoHost) || !STATUSES.includes(status as FactsStatus)) return null;
	const base = emptyFacts();
	return {
		stars: numberOr(value.stars, base.stars),
		forks: numberOr(value.forks, base.forks),
		openIssues: numberOr(value.openIssues, base.openIssues),
		pushedAt: dateOr(value.pushedAt),
		archived: value.archived === true,
		license: stringOr(value.license),
		language: stringOr(value.language),
		description: stringOr(value.description),
		topics: Array.isArray(value.topics) ? value.topics.filter((t): t is string => typeof t === "string") : [],
		movedTo: stringOr(value.movedTo),
		host: host as RepoHost,
		status: status as FactsStatus,
		etag: stringOr(value.etag),
		fetchedAt: dateOr(value.fetchedAt),
		error: stringOr(value.error),
	};
}

function numberOr(value: unknown, fallback: number | null): number | null {
	return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : fallback;
}

function stringOr(value: unknown): string | null {
	return typeof value === "string" ? value : null;
}

function dateOr(value: unknown): string | null {
	return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? value : null;
}
