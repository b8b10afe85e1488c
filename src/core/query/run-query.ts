import type { IndexSnapshot } from "../index/index-snapshot";
import type { Entry } from "../model/entry";
import type { StageDefinition } from "../stages/stage-vocabulary";
import { facetsOf } from "./entry-facets";
import { predicateOf } from "./match-entry";
import { nameRanks } from "./name-ranks";
import { NO_FACTS, type QueryFacts } from "./query-facts";
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

/** What a comparison needs to know about the snapshot, looked up once per run rather than per comparison. */
interface SortContext {
	stageOrder: ReadonlyMap<string, number>;
	/** Null unless the query sorts by name. */
	ranks: ReadonlyMap<Entry, number> | null;
	facts: QueryFacts;
}

/**
 * Runs a query over a snapshot. Results are flat: a derivative is listed on its own (with its
 * `based_on` shown by renderers) rather than nested, since a filter may keep it and drop its parent.
 */
export function runQuery(query: Query, snapshot: IndexSnapshot, facts: QueryFacts = NO_FACTS): QueryResult {
	const test = query.filter === null ? null : predicateOf(query.filter, facts);
	const matched: Entry[] = [];
	for (const group of snapshot.stages) for (const placed of group.entries) if (test === null || test(placed.entry)) matched.push(placed.entry);
	const byName = query.directives.sort.some((key) => key.field === "name");
	const context: SortContext = { stageOrder: new Map(snapshot.stages.map((group, i) => [group.stage.id, i])), ranks: byName ? nameRanks(snapshot) : null, facts };
	const sorted = sortEntries(matched, query.directives.sort, context);
	const entries = query.directives.limit === null ? sorted : sorted.slice(0, query.directives.limit);
	return { entries, total: matched.length, groups: groupByStage(entries, snapshot) };
}

function groupByStage(entries: readonly Entry[], snapshot: IndexSnapshot): ResultGroup[] {
	const byStage = new Map<string, Entry[]>();
	for (const entry of entries) {
		const list = byStage.get(entry.stage);
		if (list) list.push(entry);
		else byStage.set(entry.stage, [entry]);
	}
	return snapshot.stages.flatMap((group) => {
		const list = byStage.get(group.stage.id);
		return list ? [{ stage: group.stage, entries: list }] : [];
	});
}

function sortEntries(entries: Entry[], keys: SortKey[], context: SortContext): Entry[] {
	if (keys.length === 0) return entries;
	const compare = (a: Entry, b: Entry): number => {
		for (const key of keys) {
			const result = compareBy(key, a, b, context);
			if (result !== 0) return result;
		}
		return 0;
	};
	// Array.prototype.sort is stable, so ties keep the index's order.
	return [...entries].sort(compare);
}

function compareBy(key: SortKey, a: Entry, b: Entry, context: SortContext): number {
	const sign = key.descending ? -1 : 1;
	if (key.field === "name") return sign * ((context.ranks?.get(a) ?? 0) - (context.ranks?.get(b) ?? 0));
	if (key.field === "stage") return sign * ((context.stageOrder.get(a.stage) ?? context.stageOrder.size) - (context.stageOrder.get(b.stage) ?? context.stageOrder.size));
	const [da, db] = key.field === "date" ? [facetsOf(a).newestDate, facetsOf(b).newestDate] : [factValue(key.field, a, context), factValue(key.field, b, context)];
	// Entries without sources (or without facts) go last whichever way the values are sorted.
	if (da === null || db === null) return da === db ? 0 : da === null ? 1 : -1;
	return sign * (da < db ? -1 : da > db ? 1 : 0);
}

function factValue(field: "stars" | "pushed", entry: Entry, context: SortContext): number | string | null {
	const facts = context.facts.factsOf(entry);
	return field === "stars" ? (facts?.stars ?? null) : (facts?.pushedAt ?? null);
}
