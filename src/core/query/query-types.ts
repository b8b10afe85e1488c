import type { StageId } from "../stages/stage-vocabulary";

/** Where a piece of query text sits: 1-based line and column, length in characters. */
export interface Span {
	line: number;
	column: number;
	length: number;
}

/** Filter keywords (`stage:`) and display directives (`sort:`); every id needs a handler (see keywords.ts). */
export type FilterKeyword = "tag" | "stage" | "is" | "has" | "based" | "repo" | "after" | "before";
export type DirectiveKeyword = "sort" | "limit" | "group" | "view";
export type KeywordId = FilterKeyword | DirectiveKeyword;

export type HasWhat = "repo" | "sources" | "summary";
export type DateBound = "after" | "before";

/** One filter of the query tree. Leaves come from keywords or free text; not/and/or combine them. */
export type Term =
	| { kind: "text"; text: string; phrase: boolean; span: Span }
	| { kind: "tag"; tag: string; span: Span }
	| { kind: "stage"; stages: StageId[]; span: Span }
	| { kind: "starred"; span: Span }
	| { kind: "has"; what: HasWhat; span: Span }
	| { kind: "based"; name: string; span: Span }
	| { kind: "repo"; text: string; span: Span }
	| { kind: "date"; bound: DateBound; date: string; span: Span }
	| { kind: "not"; term: Term; span: Span }
	| { kind: "and"; terms: Term[]; span: Span }
	| { kind: "or"; terms: Term[]; span: Span };

export type TermKind = Term["kind"];
export type TermOf<K extends TermKind> = Extract<Term, { kind: K }>;

export type SortField = "name" | "date" | "stage";
export interface SortKey {
	field: SortField;
	descending: boolean;
}
export type GroupMode = "stage" | "none";
export type ViewMode = "list" | "table" | "cards";

export interface Directives {
	/** Empty: the index's own order (stage, then name, derivatives after their parent). */
	sort: SortKey[];
	limit: number | null;
	group: GroupMode;
	view: ViewMode;
	explain: boolean;
}

export interface Query {
	/** The text as written. */
	source: string;
	/** Null when the query has no filter at all (every entry matches). */
	filter: Term | null;
	directives: Directives;
}

export type QueryErrorCode =
	| "unknown-keyword"
	| "bad-value"
	| "bad-stage"
	| "bad-limit"
	| "bad-date"
	| "empty-value"
	| "empty-tag"
	| "unclosed-quote"
	| "unclosed-paren"
	| "unmatched-paren"
	| "empty-group"
	| "dangling-operator"
	| "empty-negation"
	| "negated-directive"
	| "directive-in-group"
	| "too-deep";

/** A parse error is a value: what went wrong, where, and the parameters its message needs. */
export interface QueryError extends Span {
	code: QueryErrorCode;
	params: Record<string, string>;
	/** Whether the query had more than one line (the message then names the line). */
	multiline: boolean;
}

export type ParseResult = { ok: true; query: Query } | { ok: false; error: QueryError };

export function defaultDirectives(): Directives {
	return { sort: [], limit: null, group: "stage", view: "list", explain: false };
}
