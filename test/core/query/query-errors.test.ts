import { parseQuery } from "../../../src/core/query/parse-query";
import type { QueryError, QueryErrorCode } from "../../../src/core/query/query-types";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { describeQueryError } from "../../../src/i18n/query/describe-query-error";
import { translator } from "../../../src/i18n/translator";

const vocabulary = new StageVocabulary();

function errorOf(text: string): QueryError {
	const result = parseQuery(text, vocabulary);
	if (result.ok) throw new Error(`expected "${text}" to fail`);
	return result.error;
}

/** [query, code, line, column, length, params that must be present] — every error kind at least once. */
const CASES: [string, QueryErrorCode, number, number, number, Record<string, string>][] = [
	["stag:rl", "unknown-keyword", 1, 1, 5, { keyword: "stag:", suggestion: "stage:" }],
	["#rl 阶级:rl", "unknown-keyword", 1, 5, 3, { keyword: "阶级:", suggestion: "阶段:" }],
	["zzzzzz:1", "unknown-keyword", 1, 1, 7, { keyword: "zzzzzz:", suggestion: "" }],
	["is:stared", "bad-value", 1, 4, 6, { keyword: "is:", value: "stared", suggestion: "starred" }],
	["has:repos", "bad-value", 1, 5, 5, { value: "repos", suggestion: "repo" }],
	["sort:nmae", "bad-value", 1, 6, 4, { value: "nmae", suggestion: "name" }],
	["sort:name,-dat", "bad-value", 1, 11, 4, { value: "dat", suggestion: "date" }],
	["group:stages", "bad-value", 1, 7, 6, { suggestion: "stage" }],
	["view:grid", "bad-value", 1, 6, 4, { value: "grid", suggestion: "" }],
	["stage:rl,deplyo", "bad-stage", 1, 10, 6, { value: "deplyo", suggestion: "deploy" }],
	["阶段:强化学", "bad-stage", 1, 4, 3, { value: "强化学" }],
	["limit:0", "bad-limit", 1, 7, 1, { value: "0" }],
	["limit:ten", "bad-limit", 1, 7, 3, { value: "ten" }],
	["after:2025-02-30", "bad-date", 1, 7, 10, { keyword: "after:", value: "2025-02-30" }],
	["before:yesterday", "bad-date", 1, 8, 9, { value: "yesterday" }],
	["stage:", "empty-value", 1, 7, 1, { keyword: "stage:" }],
	["is:", "empty-value", 1, 4, 1, { keyword: "is:" }],
	["#", "empty-tag", 1, 1, 1, {}],
	["标签:#", "empty-tag", 1, 4, 1, {}],
	['#rl "open source', "unclosed-quote", 1, 5, 12, {}],
	['based:"veRL', "unclosed-quote", 1, 7, 5, {}],
	["(#rl OR #moe", "unclosed-paren", 1, 1, 1, {}],
	["#rl)", "unmatched-paren", 1, 4, 1, {}],
	["#rl ()", "empty-group", 1, 5, 2, {}],
	["#rl OR", "dangling-operator", 1, 5, 2, { operator: "OR" }],
	["OR #rl", "dangling-operator", 1, 1, 2, { operator: "OR" }],
	["#rl OR OR #moe", "dangling-operator", 1, 5, 2, { operator: "OR" }],
	["#rl 或", "dangling-operator", 1, 5, 1, { operator: "或" }],
	["AND #rl", "dangling-operator", 1, 1, 3, { operator: "AND" }],
	["#rl - #moe", "empty-negation", 1, 5, 1, {}],
	["#rl -", "empty-negation", 1, 5, 1, {}],
	["-OR #rl", "empty-negation", 1, 1, 1, {}],
	["(#rl -)", "empty-negation", 1, 6, 1, {}],
	["-limit:3", "negated-directive", 1, 2, 7, { keyword: "limit:" }],
	["(#rl sort:name)", "directive-in-group", 1, 6, 9, { keyword: "sort:" }],
	// A minus before a phrase of only spaces used to reach a null term and throw a TypeError.
	['-" "', "empty-negation", 1, 1, 1, {}],
	// The 65th "(" or "-" is refused: the bound keeps every recursive walk of the tree off the stack limit.
	["(".repeat(65) + "#rl" + ")".repeat(65), "too-deep", 1, 65, 1, { max: "64" }],
];

/** Thousands of levels (a stack overflow before the bound), named so the test titles stay short. */
const DEEP: [string, string, number][] = [
	["5000 parentheses", "(".repeat(5000) + "#rl" + ")".repeat(5000), 65],
	["3000 minus signs", "-".repeat(3000) + "#rl", 65],
	["parentheses and minus signs mixed", "(-".repeat(40) + "#rl" + ")".repeat(40), 65],
	["deep on the second line", "#rl\n" + "(".repeat(200) + "x" + ")".repeat(200), 65],
];

describe("every error kind is a value with its position", () => {
	it.each(CASES)("%s → %s", (text, code, line, column, length, params) => {
		const error = errorOf(text);
		expect({ code: error.code, line: error.line, column: error.column, length: error.length }).toEqual({ code, line, column, length });
		expect(error.params).toMatchObject(params);
		expect(error.multiline).toBe(false);
	});

	it("covers every code", () => {
		const codes = new Set(CASES.map((c) => c[1]));
		const all: Record<QueryErrorCode, true> = {
			"unknown-keyword": true, "bad-value": true, "bad-stage": true, "bad-limit": true, "bad-date": true, "empty-value": true,
			"empty-tag": true, "unclosed-quote": true, "unclosed-paren": true, "unmatched-paren": true, "empty-group": true,
			"dangling-operator": true, "empty-negation": true, "negated-directive": true, "directive-in-group": true,
			"too-deep": true,
		};
		expect([...codes].sort()).toEqual(Object.keys(all).sort());
	});

	it.each(DEEP)("%s: too-deep at the first level past the bound", (_name, text, column) => {
		const error = errorOf(text);
		expect({ code: error.code, column: error.column, params: error.params }).toEqual({ code: "too-deep", column, params: { max: "64" } });
	});

	it("accepts 64 levels of parentheses and of minus signs, the documented bound", () => {
		const parens = parseQuery("(".repeat(64) + "#rl" + ")".repeat(64), vocabulary);
		const minuses = parseQuery("-".repeat(64) + "#rl", vocabulary);
		expect(parens.ok && parens.query.filter).toMatchObject({ kind: "tag", tag: "rl" });
		expect(minuses.ok && minuses.query.filter).toMatchObject({ kind: "not", span: { column: 1, length: 67 } });
	});

	it("names the line in a multi-line query", () => {
		const error = errorOf("#rl\n\nstage:rl stag:x");
		expect(error).toMatchObject({ line: 3, column: 10, multiline: true });
		expect(describeQueryError(error, translator("en"))).toBe('Unknown filter "stag:" at line 3, column 10. Did you mean "stage:"?');
		expect(describeQueryError(error, translator("zh"))).toBe("未知的筛选条件“stag:”（第 3 行第 10 列） — 你是不是想写“stage:”？");
	});

	it("never throws, whatever the text", () => {
		const hostile = ['"', "(", ")", "-", "((((", "))))", "OR OR", ":", "::", "a:", "#/", "-(-(-(", "“", "「x", "stage:,", "sort:-", "limit:99999999", "\u0000", "a\r\nb"];
		for (const text of hostile) expect(() => parseQuery(text, vocabulary)).not.toThrow();
	});
});

describe("messages, in both languages", () => {
	const en = translator("en");
	const zh = translator("zh");

	it("suggests the nearest keyword", () => {
		expect(describeQueryError(errorOf("stag:rl"), en)).toBe('Unknown filter "stag:" at column 1. Did you mean "stage:"?');
		expect(describeQueryError(errorOf("stag:rl"), zh)).toBe("未知的筛选条件“stag:”（第 1 列） — 你是不是想写“stage:”？");
	});

	it("lists the known filters when nothing is close", () => {
		const message = describeQueryError(errorOf("zzzzzz:1"), en);
		expect(message).toMatch(/^Unknown filter "zzzzzz:" at column 1. Known filters: tag:\/标签:, stage:\/阶段:, is:\/是:/);
		expect(message).toContain("put text in quotes");
		expect(describeQueryError(errorOf("zzzzzz:1"), zh)).toContain("请给它加上引号");
	});

	it("lists allowed values when a value has no near spelling", () => {
		expect(describeQueryError(errorOf("view:grid"), en)).toBe('"grid" is not a value of view: at column 6. Use one of: list/列表, table/表格, cards/卡片');
		expect(describeQueryError(errorOf("view:grid"), zh)).toBe("“grid”不是 view: 可用的值（第 6 列） — 可用的值：list/列表, table/表格, cards/卡片");
	});

	it("phrases every code in both languages, with a hint, and no untranslated key", () => {
		for (const [text] of CASES) {
			for (const i18n of [en, zh]) {
				const message = describeQueryError(errorOf(text), i18n);
				expect(message).not.toMatch(/query\.(errors|hints)\.|{{/);
				// English: two sentences; Chinese: message — hint.
				const separator = i18n.language === "en" ? ". " : " — ";
				expect(message).toContain(separator);
				expect(message.split(separator).at(-1)!.length).toBeGreaterThan(3);
			}
		}
	});

	it.each([
		["#rl OR", 'OR at column 5 needs a term on each side. Put a term on both sides of it, for example stage:rl before and stage:deploy after', "OR 两边都需要条件（第 5 列） — 例如 阶段:强化学习 OR 阶段:部署"],
		["after:2025-13-01", '"2025-13-01" is not a date for after: at column 7. Write the date as YYYY-MM-DD, for example after:2025-06-01', "“2025-13-01”不是 after: 可用的日期（第 7 列） — 日期请写成 YYYY-MM-DD，例如 after:2025-06-01"],
		['"abc', "The quote at column 1 is never closed. Add the closing quote", "引号没有闭合（第 1 列） — 请补上右引号"],
		["-", 'The "-" at column 1 is not followed by a term. Write the minus sign right before a term, like -is:starred', "减号“-”后面缺少条件（第 1 列） — 减号要紧贴在条件前面，例如 -是:星标"],
		["阶段:强化学", 'Unknown stage "强化学" at column 4. Did you mean "强化学习"?', "未知的阶段“强化学”（第 4 列） — 你是不是想写“强化学习”？"],
	])("%s", (text, english, chinese) => {
		expect(describeQueryError(errorOf(text), en)).toBe(english);
		expect(describeQueryError(errorOf(text), zh)).toBe(chinese);
	});
});
