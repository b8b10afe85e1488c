import { normalizeLocalDate } from "../parse/local-date";
import type { StageVocabulary } from "../stages/stage-vocabulary";
import { closest } from "./edit-distance";
import { choose, type ValueInput, type ValueTable } from "./keyword-values";
import { fail } from "./query-failure";
import type { DateBound, Directives, GroupMode, HasWhat, KeywordId, SortField, SortKey, Span, Term, ViewMode } from "./query-types";

export interface KeywordInput extends ValueInput {
	/** The whole `name:value` token. */
	span: Span;
	vocabulary: StageVocabulary;
}

interface FilterHandler {
	kind: "filter";
	/** English name first, then Chinese spellings. Matched case-insensitively. */
	names: readonly string[];
	parse(input: KeywordInput): Term;
}

interface DirectiveHandler {
	kind: "directive";
	names: readonly string[];
	apply(input: KeywordInput, directives: Directives): void;
}

export type KeywordHandler = FilterHandler | DirectiveHandler;

const STARRED: ValueTable<"starred"> = { starred: ["starred", "星标", "star", "收藏"] };
const HAS: ValueTable<HasWhat> = { repo: ["repo", "仓库"], sources: ["sources", "来源", "source"], summary: ["summary", "简介", "摘要"] };
const SORT: ValueTable<SortField> = { name: ["name", "名称", "名字"], date: ["date", "日期", "时间"], stage: ["stage", "阶段"] };
const GROUP: ValueTable<GroupMode> = { stage: ["stage", "阶段"], none: ["none", "无", "不分组"] };
const VIEW: ValueTable<ViewMode> = { list: ["list", "列表"], table: ["table", "表格"], cards: ["cards", "卡片", "card"] };

/** Every keyword of the language, one small handler each. A new KeywordId without a handler fails tsc. */
export const KEYWORDS: Record<KeywordId, KeywordHandler> = {
	tag: { kind: "filter", names: ["tag", "标签"], parse: (input) => tagTerm(input.value, input.span, input.valueSpan) },
	stage: { kind: "filter", names: ["stage", "阶段"], parse: stageTerm },
	is: {
		kind: "filter",
		names: ["is", "是"],
		parse: (input) => (choose(input, STARRED), { kind: "starred", span: input.span }),
	},
	has: { kind: "filter", names: ["has", "有"], parse: (input) => ({ kind: "has", what: choose(input, HAS), span: input.span }) },
	based: { kind: "filter", names: ["based", "基于"], parse: (input) => ({ kind: "based", name: required(input).replace(/^\[\[|\]\]$/g, ""), span: input.span }) },
	repo: { kind: "filter", names: ["repo", "仓库"], parse: (input) => ({ kind: "repo", text: required(input), span: input.span }) },
	after: { kind: "filter", names: ["after", "晚于", "之后"], parse: (input) => dateTerm("after", input) },
	before: { kind: "filter", names: ["before", "早于", "之前"], parse: (input) => dateTerm("before", input) },
	sort: { kind: "directive", names: ["sort", "排序"], apply: (input, d) => void (d.sort = sortKeys(input)) },
	limit: { kind: "directive", names: ["limit", "限制", "数量"], apply: (input, d) => void (d.limit = limitOf(input)) },
	group: { kind: "directive", names: ["group", "分组"], apply: (input, d) => void (d.group = choose(input, GROUP)) },
	view: { kind: "directive", names: ["view", "视图"], apply: (input, d) => void (d.view = choose(input, VIEW)) },
};

export const EXPLAIN_LINE = ["explain", "解释"];

const BY_NAME = new Map<string, KeywordId>(
	(Object.entries(KEYWORDS) as [KeywordId, KeywordHandler][]).flatMap(([id, handler]) => handler.names.map((name) => [name.toLowerCase(), id] as [string, KeywordId])),
);

export function keywordNamed(name: string): KeywordId | null {
	return BY_NAME.get(name.normalize("NFKC").toLowerCase()) ?? null;
}

export function suggestKeyword(name: string): string | null {
	return closest(name, [...BY_NAME.keys()]);
}

export function tagTerm(raw: string, span: Span, valueSpan: Span): Term {
	const tag = raw.replace(/^#+/, "");
	if (tag === "") fail("empty-tag", valueSpan);
	return { kind: "tag", tag, span };
}

function required(input: KeywordInput): string {
	if (input.value.trim() === "") fail("empty-value", input.valueSpan, { keyword: input.keyword, allowed: "" });
	return input.value;
}

/** `stage:rl,部署` — any id, label or alias in either language; commas (also Chinese ones) mean OR. */
function stageTerm(input: KeywordInput): Term {
	const stages: string[] = [];
	for (const part of required(input).split(/[,，、]/)) {
		if (part.trim() === "") continue;
		const id = input.vocabulary.resolve(part);
		if (id === null) {
			const spellings = input.vocabulary.stages.flatMap((s) => [s.id, s.labels.en, s.labels.zh, ...s.aliases]);
			const allowed = input.vocabulary.stages.map((s) => `${s.id}/${s.labels.zh}`).join(", ");
			fail("bad-stage", partSpan(input, part), { value: part, allowed, suggestion: closest(part, spellings) ?? "" });
		}
		if (!stages.includes(id)) stages.push(id);
	}
	if (stages.length === 0) fail("empty-value", input.valueSpan, { keyword: input.keyword, allowed: "" });
	return { kind: "stage", stages, span: input.span };
}

function partSpan(input: KeywordInput, part: string): Span {
	const offset = Math.max(0, input.value.indexOf(part));
	return { line: input.valueSpan.line, column: input.valueSpan.column + offset, length: Math.max(1, part.length) };
}

/** Dates stay text: `2025-6-1` and `2025/06/01` are accepted and normalised to `2025-06-01`. */
function dateTerm(bound: DateBound, input: KeywordInput): Term {
	const loose = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(.*)$/.exec(required(input).trim());
	const text = loose ? `${loose[1]}-${loose[2]!.padStart(2, "0")}-${loose[3]!.padStart(2, "0")}${loose[4]}` : input.value;
	const date = normalizeLocalDate(text);
	if (date === null) fail("bad-date", input.valueSpan, { keyword: input.keyword, value: input.value });
	return { kind: "date", bound, date, span: input.span };
}

/** `sort:stage,-date`: keys in priority order, `-` for descending. */
function sortKeys(input: KeywordInput): SortKey[] {
	const keys: SortKey[] = [];
	for (const part of required(input).split(/[,，]/)) {
		if (part === "") continue;
		const descending = part.startsWith("-");
		const name = descending ? part.slice(1) : part;
		keys.push({ field: choose(input, SORT, name, partSpan(input, part)), descending });
	}
	return keys;
}

function limitOf(input: KeywordInput): number {
	const value = required(input).normalize("NFKC");
	if (!/^\d{1,6}$/.test(value) || Number(value) === 0) fail("bad-limit", input.valueSpan, { value: input.value });
	return Number(value);
}
