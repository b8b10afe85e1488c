import { compileFilter } from "../../core/query/compile-filter";
import type { StageVocabulary } from "../../core/stages/stage-vocabulary";
import { describeQueryError } from "../../i18n/query/describe-query-error";
import type { Translator } from "../../i18n/translator";
import type { FilterCompiler } from "./dashboard-types";

/**
 * The query language for the dashboard's filter box. Getters, so a language toggle or a new
 * stage vocabulary after re-indexing is picked up on the next keystroke without re-wiring.
 * An empty box or a text with an error filters nothing out; the error is phrased in the active language.
 */
export function queryFilterCompiler(vocabulary: () => StageVocabulary, i18n: () => Translator): FilterCompiler {
	return (text) => {
		if (text.trim() === "") return { predicate: null, error: null };
		const compiled = compileFilter(text, vocabulary());
		if (compiled.error) return { predicate: null, error: describeQueryError(compiled.error, i18n()) };
		return { predicate: compiled.predicate, error: null };
	};
}
