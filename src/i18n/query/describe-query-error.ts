import { KEYWORDS } from "../../core/query/keywords";
import type { QueryError } from "../../core/query/query-types";
import type { Translator } from "../translator";

/** `Unknown filter "stag:" at column 1. Did you mean "stage:"?`, in the translator's language. */
export function describeQueryError(error: QueryError, { t }: Translator): string {
	const where = error.multiline ? t("query.where.lineColumn", { line: error.line, column: error.column }) : t("query.where.column", { column: error.column });
	const params = { ...error.params, where, known: knownKeywords() };
	const message = t(`query.errors.${error.code}`, params);
	const hint = error.params.suggestion ? t("query.didYouMean", { suggestion: error.params.suggestion }) : t(`query.hints.${error.code}`, params);
	return t("query.withHint", { message, hint });
}

function knownKeywords(): string {
	return Object.values(KEYWORDS)
		.map((handler) => handler.names.slice(0, 2).map((name) => `${name}:`).join("/"))
		.join(", ");
}
