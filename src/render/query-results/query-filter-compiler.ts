import type { Entry } from "../../core/model/entry";
import { querySnippet, type Snippet } from "../../core/query/body-snippet";
import { compileFilter } from "../../core/query/compile-filter";
import type { StageVocabulary } from "../../core/stages/stage-vocabulary";
import { describeQueryError } from "../../i18n/query/describe-query-error";
import type { Translator } from "../../i18n/translator";

export interface FilterBoxResult {
	/** Null when the box is empty or the text has an error: nothing is filtered out. */
	predicate: ((entry: Entry) => boolean) | null;
	/** The error, phrased in the active language with its column and hint. */
	error: string | null;
	/** The body snippet of an entry the text matched through its note text. */
	snippet?: (entry: Entry) => Snippet | null;
}

/**
 * The query language for a filter box (the dashboard's). Getters, so a language toggle or a new
 * stage vocabulary after re-indexing is picked up on the next keystroke without re-wiring.
 */
export function queryFilterCompiler(vocabulary: () => StageVocabulary, i18n: () => Translator): (text: string) => FilterBoxResult {
	return (text) => {
		if (text.trim() === "") return { predicate: null, error: null };
		const compiled = compileFilter(text, vocabulary());
		if (compiled.error) return { predicate: null, error: describeQueryError(compiled.error, i18n()) };
		const query = compiled.query!;
		return { predicate: compiled.predicate, error: null, snippet: (entry) => querySnippet(query, entry) };
	};
}
