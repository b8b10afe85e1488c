import type { QueryError, QueryErrorCode, Span } from "./query-types";

/**
 * Raised inside the parser only, to unwind the recursive descent in one step; parseQuery
 * catches it and returns the error as a value, so nothing ever throws out of the core.
 */
export class QueryFailure extends Error {
	constructor(
		readonly code: QueryErrorCode,
		readonly span: Span,
		readonly params: Record<string, string> = {},
	) {
		super(code);
	}

	toError(multiline: boolean): QueryError {
		return { ...this.span, code: this.code, params: this.params, multiline };
	}
}

export function fail(code: QueryErrorCode, span: Span, params: Record<string, string> = {}): never {
	throw new QueryFailure(code, span, params);
}
