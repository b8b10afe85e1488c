import { fail } from "./query-failure";
import type { Span } from "./query-types";

/** The pieces of one query line. Keywords keep their name, value and both spans for error columns. */
export type Token =
	| { kind: "open"; span: Span }
	| { kind: "close"; span: Span }
	| { kind: "not"; span: Span }
	| { kind: "operator"; operator: "or" | "and"; text: string; span: Span }
	| { kind: "word"; text: string; span: Span }
	| { kind: "phrase"; text: string; span: Span }
	| { kind: "keyword"; name: string; value: string; span: Span; nameSpan: Span; valueSpan: Span };

/** Straight quotes, and the curly and corner quotes a Chinese input method types. */
const CLOSING_QUOTE: Record<string, string> = { '"': '"', "“": "”", "「": "」", "『": "』" };
const OPERATORS: Record<string, "or" | "and"> = { OR: "or", "或": "or", AND: "and", "且": "and" };
/** `name:value` where the name is letters only (ASCII or CJK); the colon may be full-width. */
const KEYWORD = /^([A-Za-z\u3400-\u9fff]+)[:：]/;
const SPACE = /\s/;

export function tokenizeLine(text: string, line: number): Token[] {
	const tokens: Token[] = [];
	const span = (start: number, end: number): Span => ({ line, column: start + 1, length: Math.max(1, end - start) });
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		if (SPACE.test(c)) i++;
		else if (c === "(" || c === ")") tokens.push({ kind: c === "(" ? "open" : "close", span: span(i, ++i) });
		else if (c === "-" && !startsWithSpace(text, i + 1)) tokens.push({ kind: "not", span: span(i, ++i) });
		else if (c === "-") fail("empty-negation", span(i, i + 1));
		else if (c in CLOSING_QUOTE) {
			const end = closingQuote(text, i, line);
			tokens.push({ kind: "phrase", text: text.slice(i + 1, end), span: span(i, end + 1) });
			i = end + 1;
		} else {
			const start = i;
			i = wordEnd(text, i, line);
			tokens.push(classifyWord(text.slice(start, i), start, span));
		}
	}
	return tokens;
}

function startsWithSpace(text: string, at: number): boolean {
	return at >= text.length || SPACE.test(text[at]!) || text[at] === ")";
}

/** Index of the quote that closes the one at `open`; a missing one is an error pointing at the opener. */
function closingQuote(text: string, open: number, line: number): number {
	const closer = CLOSING_QUOTE[text[open]!]!;
	let end = text.indexOf(closer, open + 1);
	if (end === -1 && closer !== '"') end = text.indexOf('"', open + 1);
	if (end === -1) fail("unclosed-quote", { line, column: open + 1, length: text.length - open });
	return end;
}

/** A word runs to the next space or parenthesis; a keyword's value may be a quoted phrase with spaces. */
function wordEnd(text: string, start: number, line: number): number {
	const keyword = KEYWORD.exec(text.slice(start));
	if (keyword) {
		const valueAt = start + keyword[0].length;
		if ((text[valueAt] ?? "") in CLOSING_QUOTE) return closingQuote(text, valueAt, line) + 1;
	}
	let i = start;
	while (i < text.length && !SPACE.test(text[i]!) && text[i] !== "(" && text[i] !== ")") i++;
	return i;
}

function classifyWord(word: string, start: number, span: (s: number, e: number) => Span): Token {
	const end = start + word.length;
	const operator = OPERATORS[word];
	if (operator) return { kind: "operator", operator, text: word, span: span(start, end) };
	const keyword = KEYWORD.exec(word);
	// `https://…` and the like are text, not an unknown keyword.
	if (keyword && !word.slice(keyword[0].length).startsWith("//")) {
		const valueStart = start + keyword[0].length;
		const raw = word.slice(keyword[0].length);
		const value = raw[0] !== undefined && raw[0] in CLOSING_QUOTE ? raw.slice(1, -1) : raw;
		return {
			kind: "keyword",
			name: keyword[1]!,
			value,
			span: span(start, end),
			nameSpan: span(start, valueStart),
			valueSpan: span(valueStart, Math.max(end, valueStart + 1)),
		};
	}
	return { kind: "word", text: word, span: span(start, end) };
}
