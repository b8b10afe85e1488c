import { fail } from "./query-failure";
import type { DayBound, Span, Term } from "./query-types";

/** What the facts keywords need from a keyword token (a subset of KeywordInput, to avoid a cycle). */
interface FactsInput {
	keyword: string;
	value: string;
	valueSpan: Span;
	span: Span;
}

const COMPARISON = /^(>=|<=|>|<|=)?(.+)$/;

/** `stars:>1000`, `stars:>=1k`, `stars:<50`, `stars:100..1000` (inclusive), `stars:1.2万`, `stars:500` (exactly). */
export function starsTerm(input: FactsInput): Term {
	const value = nonEmpty(input).normalize("NFKC").replace(/[\s,_]/g, "");
	const range = /^(.*)\.\.(.*)$/.exec(value);
	if (range) {
		const min = range[1] === "" ? null : starCount(range[1]!, input);
		const max = range[2] === "" ? null : starCount(range[2]!, input);
		if (min === null && max === null) badNumber(input);
		return { kind: "stars", min, max, span: input.span };
	}
	const [, op = "=", rest = ""] = COMPARISON.exec(value) ?? [];
	const n = starCount(rest, input);
	const bounds: Record<string, [number | null, number | null]> = { ">": [n + 1, null], ">=": [n, null], "<": [null, n - 1], "<=": [null, n], "=": [n, n] };
	const [min, max] = bounds[op]!;
	return { kind: "stars", min, max, span: input.span };
}

/** `1000`, `1k`, `2.5k`, `1m`, `3万`, `1.2w`: whole stars. */
function starCount(text: string, input: FactsInput): number {
	const match = /^(\d+(?:\.\d+)?)(k|m|w|万)?$/i.exec(text);
	if (!match) badNumber(input);
	const scale = { k: 1e3, m: 1e6, w: 1e4, 万: 1e4 }[match[2]?.toLowerCase() as "k"] ?? 1;
	const n = Math.round(Number(match[1]) * scale);
	if (!Number.isSafeInteger(n)) badNumber(input);
	return n;
}

/** `pushed:>2025-01-01`, `pushed:<=2024-06-01`, `pushed:2025-01-01..2025-03-31`; a bare date means that day. */
export function pushedTerm(input: FactsInput): Term {
	const value = nonEmpty(input).normalize("NFKC").trim();
	const range = /^(.*)\.\.(.*)$/.exec(value);
	if (range) {
		const after = range[1] === "" ? null : { date: day(range[1]!, input), inclusive: true };
		const before = range[2] === "" ? null : { date: day(range[2]!, input), inclusive: true };
		if (after === null && before === null) fail("bad-date", input.valueSpan, { keyword: input.keyword, value: input.value });
		return { kind: "pushed", after, before, span: input.span };
	}
	const [, op = "=", rest = ""] = COMPARISON.exec(value) ?? [];
	const date = day(rest, input);
	const bound = (inclusive: boolean): DayBound => ({ date, inclusive });
	if (op === ">" || op === ">=") return { kind: "pushed", after: bound(op === ">="), before: null, span: input.span };
	if (op === "<" || op === "<=") return { kind: "pushed", after: null, before: bound(op === "<="), span: input.span };
	return { kind: "pushed", after: bound(true), before: bound(true), span: input.span };
}

function day(text: string, input: FactsInput): string {
	const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
	const date = match ? `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}` : "";
	const parsed = new Date(`${date}T00:00:00Z`);
	if (date === "" || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) fail("bad-date", input.valueSpan, { keyword: input.keyword, value: input.value });
	return date;
}

/** `license:apache-2.0` and `lang:python` compare case-insensitively; see match-entry. */
export function wordTerm(kind: "license" | "lang", input: FactsInput): Term {
	return { kind, text: nonEmpty(input).trim(), span: input.span };
}

function nonEmpty(input: FactsInput): string {
	if (input.value.trim() === "") fail("empty-value", input.valueSpan, { keyword: input.keyword, allowed: "" });
	return input.value;
}

function badNumber(input: FactsInput): never {
	return fail("bad-number", input.valueSpan, { keyword: input.keyword, value: input.value });
}
