import type { Entry } from "../model/entry";
import { isStale } from "../query/query-facts";
import type { FactsLookup } from "../repo-facts/facts-lookup";
import { hasFacts, type FactsStatus, type RepoHost } from "../repo-facts/repo-facts-types";

/** What a surface shows of an entry's repository facts; the texts (★ 12.3k, "3 months ago") are the surface's job. */
export interface FactsView {
	host: RepoHost;
	status: FactsStatus;
	stars: number | null;
	/** ISO instant of the last push. */
	pushedAt: string | null;
	license: string | null;
	language: string | null;
	archived: boolean;
	stale: boolean;
	description: string | null;
	/** `owner/name` the repository moved to (a warning on the entry). */
	movedTo: string | null;
	notFound: boolean;
}

/** Null when the entry's repository was never fetched or is not on GitHub, Gitee or GitLab. */
export function factsView(entry: Entry, lookup: FactsLookup): FactsView | null {
	const record = lookup.recordOf(entry);
	if (record === null) return null;
	const usable = hasFacts(record);
	return {
		host: record.host,
		status: record.status,
		stars: usable ? record.stars : null,
		pushedAt: usable ? record.pushedAt : null,
		license: usable ? record.license : null,
		language: usable ? record.language : null,
		archived: usable && record.archived,
		stale: usable && isStale(record, lookup.staleBefore),
		description: usable ? record.description : null,
		movedTo: record.status === "moved" ? record.movedTo : null,
		notFound: record.status === "not-found",
	};
}
