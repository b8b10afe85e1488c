import type { Entry } from "../model/entry";
import type { RepoFacts } from "../repo-facts/repo-facts-types";

/**
 * What facts filters and sorts read: the facts of an entry's repository (null when there are none),
 * and the day before which a last push counts as stale. Passed in, never global, so a query over
 * the same index gives the same answer for the same facts and day.
 */
export interface QueryFacts {
	factsOf(entry: Entry): RepoFacts | null;
	/** `YYYY-MM-DD`; a last push before this day is stale. Null: nothing is stale. */
	staleBefore: string | null;
}

export const NO_FACTS: QueryFacts = { factsOf: () => null, staleBefore: null };

/** The day `months` months before `now` (UTC), the stale threshold for `is:stale`. */
export function staleCutoff(now: Date, months: number): string {
	const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
	return cutoff.toISOString().slice(0, 10);
}

export function isStale(facts: RepoFacts, staleBefore: string | null): boolean {
	return staleBefore !== null && facts.pushedAt !== null && facts.pushedAt.slice(0, 10) < staleBefore;
}
