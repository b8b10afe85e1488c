import type { StageVocabulary } from "../stages/stage-vocabulary";
import { EXPLAIN_LINE, KEYWORDS, keywordNamed, suggestKeyword, tagTerm } from "./keywords";
import { fail, QueryFailure } from "./query-failure";
import { defaultDirectives, type Directives, type ParseResult, type Span, type Term } from "./query-types";
import { tokenizeLine, type Token } from "./tokenize";

/**
 * How deeply parentheses and minus signs may nest. The parser, `explain` and the matcher all
 * walk the tree recursively; a bound far above any real query keeps a pasted "((((…" from
 * exhausting the stack and turns it into an ordinary error with a caret.
 */
export const MAX_QUERY_DEPTH = 64;

/**
 * Parses a query: one or more lines, AND-ed. Within a line, terms are AND-ed, `OR` binds looser
 * than the implicit AND, `-` negates the next term, parentheses group. Never throws.
 */
export function parseQuery(source: string, vocabulary: StageVocabulary): ParseResult {
	const lines = source.split(/\r?\n/);
	const multiline = lines.filter((l) => l.trim() !== "").length > 1;
	const directives = defaultDirectives();
	const filters: Term[] = [];
	try {
		lines.forEach((text, i) => {
			if (EXPLAIN_LINE.includes(text.trim().toLowerCase())) directives.explain = true;
			else {
				const term = new LineParser(tokenizeLine(text, i + 1), vocabulary, directives).parse();
				if (term) filters.push(term);
			}
		});
	} catch (error) {
		if (error instanceof QueryFailure) return { ok: false, error: error.toError(multiline) };
		throw error;
	}
	const filter = filters.length <= 1 ? (filters[0] ?? null) : { kind: "and" as const, terms: filters, span: cover(filters) };
	return { ok: true, query: { source, filter, directives } };
}

class LineParser {
	private at = 0;

	constructor(
		private readonly tokens: Token[],
		private readonly vocabulary: StageVocabulary,
		private readonly directives: Directives,
	) {}

	parse(): Term | null {
		const term = this.or(0);
		const extra = this.tokens[this.at];
		if (extra) fail("unmatched-paren", extra.span);
		return term;
	}

	private peek(): Token | undefined {
		return this.tokens[this.at];
	}

	/** Ends an AND sequence: the end of the line, a closing parenthesis or OR. */
	private atBoundary(): boolean {
		const token = this.peek();
		return token === undefined || token.kind === "close" || (token.kind === "operator" && token.operator === "or");
	}

	private or(depth: number): Term | null {
		const parts: (Term | null)[] = [this.and(depth)];
		while (this.peek()?.kind === "operator") {
			const operator = this.tokens[this.at++]!;
			if (parts[parts.length - 1] === null || this.atBoundary()) fail("dangling-operator", operator.span, { operator: textOf(operator) });
			parts.push(this.and(depth));
			if (parts[parts.length - 1] === null) fail("dangling-operator", operator.span, { operator: textOf(operator) });
		}
		const terms = parts.filter((t): t is Term => t !== null);
		return terms.length <= 1 ? (terms[0] ?? null) : { kind: "or", terms, span: cover(terms) };
	}

	private and(depth: number): Term | null {
		const terms: Term[] = [];
		while (!this.atBoundary()) {
			const token = this.peek()!;
			if (token.kind === "operator") {
				// An explicit AND is allowed between terms and means what a space means.
				this.at++;
				if (terms.length === 0 || this.atBoundary()) fail("dangling-operator", token.span, { operator: token.text });
				continue;
			}
			const term = this.unary(depth);
			if (term) terms.push(term);
		}
		return terms.length <= 1 ? (terms[0] ?? null) : { kind: "and", terms, span: cover(terms) };
	}

	/** `-term`, `--term`…: a loop, not recursion, so a run of minus signs costs no stack. */
	private unary(depth: number): Term | null {
		const minuses: Token[] = [];
		while (this.peek()!.kind === "not") {
			const token = this.tokens[this.at++]!;
			if (depth + minuses.length >= MAX_QUERY_DEPTH) fail("too-deep", token.span, { max: String(MAX_QUERY_DEPTH) });
			minuses.push(token);
			const next = this.peek();
			if (next === undefined || this.atBoundary() || next.kind === "operator") fail("empty-negation", token.span);
			if (next.kind === "keyword" && isDirective(next.name)) fail("negated-directive", next.span, { keyword: `${next.name}:` });
		}
		let term = this.atom(depth + minuses.length);
		if (minuses.length === 0) return term;
		// A negated phrase of only spaces (`-" "`) has no term; the minus before it has nothing to negate.
		if (term === null) return fail("empty-negation", minuses[minuses.length - 1]!.span);
		for (let i = minuses.length - 1; i >= 0; i--) {
			const span = minuses[i]!.span;
			term = { kind: "not", term, span: { ...span, length: term.span.column + term.span.length - span.column } };
		}
		return term;
	}

	private atom(depth: number): Term | null {
		const token = this.tokens[this.at++]!;
		switch (token.kind) {
			case "open": {
				if (depth >= MAX_QUERY_DEPTH) fail("too-deep", token.span, { max: String(MAX_QUERY_DEPTH) });
				if (this.peek()?.kind === "close") fail("empty-group", { ...token.span, length: 2 });
				const inner = this.or(depth + 1);
				if (this.peek()?.kind !== "close") fail("unclosed-paren", token.span);
				this.at++;
				if (inner === null) fail("empty-group", token.span);
				return inner;
			}
			case "word":
				if (token.text.startsWith("#")) return tagTerm(token.text, token.span, token.span);
				return { kind: "text", text: token.text, phrase: false, span: token.span };
			case "phrase":
				if (token.text.trim() === "") return null;
				return { kind: "text", text: token.text, phrase: true, span: token.span };
			case "keyword":
				return this.keyword(token, depth);
			default:
				// "close", "not" and operators never reach here: the callers stop or consume them first.
				return fail("unmatched-paren", token.span);
		}
	}

	private keyword(token: Extract<Token, { kind: "keyword" }>, depth: number): Term | null {
		const id = keywordNamed(token.name);
		// "AI：30" pasted from a Chinese title is text; only an ASCII colon marks a mistyped keyword.
		if (id === null && token.fullWidthColon) return { kind: "text", text: token.text, phrase: false, span: token.span };
		if (id === null) {
			const suggestion = suggestKeyword(token.name);
			fail("unknown-keyword", token.nameSpan, { keyword: `${token.name}:`, suggestion: suggestion === null ? "" : `${suggestion}:` });
		}
		const handler = KEYWORDS[id];
		const input = { keyword: `${token.name}:`, value: token.value, valueSpan: token.valueSpan, span: token.span, vocabulary: this.vocabulary };
		if (handler.kind === "filter") return handler.parse(input);
		if (depth > 0) fail("directive-in-group", token.span, { keyword: `${token.name}:` });
		handler.apply(input, this.directives);
		return null;
	}
}

function isDirective(name: string): boolean {
	const id = keywordNamed(name);
	return id !== null && KEYWORDS[id].kind === "directive";
}

function textOf(token: Token): string {
	return token.kind === "operator" ? token.text : "";
}

/** The span from the first term's start to the last term's end (same line), or the first term's span. */
function cover(terms: Term[]): Span {
	const first = terms[0]!.span;
	const last = terms[terms.length - 1]!.span;
	if (first.line !== last.line) return first;
	return { ...first, length: last.column + last.length - first.column };
}
