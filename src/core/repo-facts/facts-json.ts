import type { Entry } from "../model/entry";
import { addressOf, type FactsLookup } from "./facts-lookup";
import type { FactsRecord, FactsStatus, RepoHost } from "./repo-facts-types";

/** The public JSON of one repository's facts (`atlas repos --json`, `repoFacts` in index and export JSON). */
export interface RepoFactsJson {
	repo: string;
	host: RepoHost;
	/** "not-fetched": no answer is cached yet. */
	status: FactsStatus | "not-fetched";
	stars: number | null;
	forks: number | null;
	openIssues: number | null;
	pushedAt: string | null;
	archived: boolean;
	license: string | null;
	language: string | null;
	description: string | null;
	topics: string[];
	movedTo: string | null;
	fetchedAt: string | null;
}

export function factsToJson(repo: string, host: RepoHost, record: FactsRecord | null): RepoFactsJson {
	return {
		repo,
		host,
		status: record?.status ?? "not-fetched",
		stars: record?.stars ?? null,
		forks: record?.forks ?? null,
		openIssues: record?.openIssues ?? null,
		pushedAt: record?.pushedAt ?? null,
		archived: record?.archived ?? false,
		license: record?.license ?? null,
		language: record?.language ?? null,
		description: record?.description ?? null,
		topics: [...(record?.topics ?? [])],
		movedTo: record?.movedTo ?? null,
		fetchedAt: record?.fetchedAt ?? null,
	};
}

/** `repoFacts` of an entry in index/export JSON: null when its `repo:` is not on a host we ask. */
export function repoFactsOf(lookup: FactsLookup): (entry: Entry) => RepoFactsJson | null {
	return (entry) => {
		const address = addressOf(entry.repo);
		return address === null ? null : factsToJson(address.key, address.host, lookup.recordOf(entry));
	};
}
