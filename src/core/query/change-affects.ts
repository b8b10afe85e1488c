import type { IndexChange } from "../index/index-snapshot";
import type { Entry } from "../model/entry";
import { matches } from "./match-entry";
import type { Query } from "./query-types";

/**
 * Whether an index change could alter what a rendered query shows: a reset always could; otherwise
 * only if the changed entry matched before or matches now, or its note was among those shown.
 * A query that failed to parse shows an error that no entry can change (a reset re-renders it anyway).
 */
export function changeAffects(change: IndexChange, query: Query | null, shownPaths: ReadonlySet<string>): boolean {
	if (change.type === "reset") return true;
	if (query === null) return false;
	if (shownPaths.has(change.path) || (change.type === "rename" && shownPaths.has(change.oldPath))) return true;
	const relevant = (entry: Entry | null) => entry !== null && (query.filter === null || matches(query.filter, entry));
	return relevant(change.before) || (change.type !== "remove" && relevant(change.after));
}
