import type { IndexSnapshot } from "../index/index-snapshot";
import { compareNames } from "../index/name-order";
import type { Entry } from "../model/entry";
import type { StageDefinition } from "../stages/stage-vocabulary";
import { matches, newestSourceDate } from "./match-entry";
import type { Query, SortKey } from "./query-types";

export interface ResultGroup {
	stage: StageDefinition;
	entries: Entry[];
}

export interface QueryResult {
	/** What is shown: matches in order, cut to `limit:`. */
	entries: Entry[];
	/** How many entries matched before the limit. */
	total: number;
	/** `entries` by stage, in vocabulary order; stages with nothing shown are left out. */
	groups: ResultGroup[];
}

/**
 * Runs a query over a snapshot. Results are flat: a derivative is listed on its own (with its
 * `based_on` shown by renderers) rather than nested, since a filter may keep it and drop its parent.
 */
export function runQuery(query: Query, snapshot: IndexSnapshot): QueryResult {
	const order = new Map(snapshot.stages.map((group, i) => [group.stage.id, i]));
	const all = snapshot.stages.flatMap((group) => group.entries.map((placed) => placed.entry));
	const matched = query.filter === null ? all : all.filter((entry) => matches(query.filter!, entry));
	const sorted = sortEntries(matched, query.directives.sort, (e) => order.get(e.stage) ?? order.size);
	const entries = query.directives.limit === null ? sorted : sorted.slice(0, query.directives.limit);
	const groups = snapshot.stages
		.map((group) => ({ stage: group.stage, entries: entries.filter((e) => e.stage === group.stage.id) }))
		.filter((group) => group.entries.length > 0);
	return { entries, total: matched.length, groups };
}

function sortEntries(entries: Entry[], keys: SortKey[], stageOrder: (e: Entry) => number): Entry[] {
	if (keys.length === 0) return entries;
	const compare = (a: Entry, b: Entry): number => {
		for (const key of keys) {
			const result = compareBy(key, a, b, stageOrder);
			if (result !== 0) return result;
		}
		return 0;
	};
	// Array.prototype.sort is stable, so ties keep the index's order.
	return [...entries].sort(compare);
}

function compareBy(key: SortKey, a: Entry, b: Entry, stageOrder: (e: Entry) => number): number {
	const sign = key.descending ? -1 : 1;
	if (key.field === "name") return sign * compareNames(a.name, b.name);
	if (key.field === "stage") return sign * (stageOrder(a) - stageOrder(b));
	const da = newestSourceDate(a);
	const db = newestSourceDate(b);
	// Entries without sources go last whichever way the dates are sorted.
	if (da === null || db === null) return da === db ? 0 : da === null ? 1 : -1;
	return sign * (da < db ? -1 : da > db ? 1 : 0);
}
