import type { StageVocabulary } from "../stages/stage-vocabulary";
import { matches, type EntryPredicate } from "./match-entry";
import { parseQuery } from "./parse-query";
import type { QueryError } from "./query-types";

export interface CompiledFilter {
	predicate: EntryPredicate;
	error: QueryError | null;
}

/**
 * For a filter box: the query's filter as a predicate. Display directives are ignored. While the
 * text has an error (often half-typed), the predicate keeps every entry so the board does not flicker empty.
 */
export function compileFilter(text: string, vocabulary: StageVocabulary): CompiledFilter {
	const parsed = parseQuery(text, vocabulary);
	if (!parsed.ok) return { predicate: () => true, error: parsed.error };
	const filter = parsed.query.filter;
	return { predicate: filter === null ? () => true : (entry) => matches(filter, entry), error: null };
}
