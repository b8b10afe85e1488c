import { parseQuery } from "../../../src/core/query/parse-query";
import type { Query, Term } from "../../../src/core/query/query-types";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";

const vocabulary = new StageVocabulary();

function parse(text: string): Query {
	const result = parseQuery(text, vocabulary);
	if (!result.ok) throw new Error(`expected ${text} to parse, got ${result.error.code}`);
	return result.query;
}

/** The filter without spans, to compare shapes. */
function shape(term: Term | null): unknown {
	if (term === null) return null;
	const { span: _span, ...rest } = term;
	if (term.kind === "not") return { kind: "not", term: shape(term.term) };
	if (term.kind === "and" || term.kind === "or") return { kind: term.kind, terms: term.terms.map(shape) };
	return rest;
}

describe("filter keywords, in English and Chinese", () => {
	it.each([
		["#rl", { kind: "tag", tag: "rl" }],
		["#多模态", { kind: "tag", tag: "多模态" }],
		["tag:rl/grpo", { kind: "tag", tag: "rl/grpo" }],
		["标签:#rl", { kind: "tag", tag: "rl" }],
		["stage:rl", { kind: "stage", stages: ["rl"] }],
		["stage:强化学习", { kind: "stage", stages: ["rl"] }],
		["阶段:强化学习", { kind: "stage", stages: ["rl"] }],
		["阶段：部署", { kind: "stage", stages: ["deploy"] }],
		["stage:rl,deploy", { kind: "stage", stages: ["rl", "deploy"] }],
		["stage:Reinforcement-Learning，推理", { kind: "stage", stages: ["rl", "deploy"] }],
		["STAGE:ＲＬ", { kind: "stage", stages: ["rl"] }],
		["is:starred", { kind: "starred" }],
		["是:星标", { kind: "starred" }],
		["is:星标", { kind: "starred" }],
		["has:repo", { kind: "has", what: "repo" }],
		["has:sources", { kind: "has", what: "sources" }],
		["有:仓库", { kind: "has", what: "repo" }],
		["有:来源", { kind: "has", what: "sources" }],
		["has:summary", { kind: "has", what: "summary" }],
		["有:简介", { kind: "has", what: "summary" }],
		["有:摘要", { kind: "has", what: "summary" }],
		["based:veRL", { kind: "based", name: "veRL" }],
		["based:[[veRL]]", { kind: "based", name: "veRL" }],
		['based:"Open RLHF"', { kind: "based", name: "Open RLHF" }],
		["基于:OpenRLHF", { kind: "based", name: "OpenRLHF" }],
		["repo:volcengine", { kind: "repo", text: "volcengine" }],
		["仓库:volcengine", { kind: "repo", text: "volcengine" }],
		["after:2025-06-01", { kind: "date", bound: "after", date: "2025-06-01" }],
		["after:2025/6/1", { kind: "date", bound: "after", date: "2025-06-01" }],
		["before:2025-07-01T09:30", { kind: "date", bound: "before", date: "2025-07-01T09:30" }],
		["晚于:2025-06-01", { kind: "date", bound: "after", date: "2025-06-01" }],
		["早于:2025-07-01", { kind: "date", bound: "before", date: "2025-07-01" }],
		["grpo", { kind: "text", text: "grpo", phrase: false }],
		['"open source"', { kind: "text", text: "open source", phrase: true }],
		["“强化 学习”", { kind: "text", text: "强化 学习", phrase: true }],
		["https://github.com/volcengine", { kind: "text", text: "https://github.com/volcengine", phrase: false }],
		["AI：30", { kind: "text", text: "AI：30", phrase: false }],
	])("%s", (text, expected) => {
		expect(shape(parse(text).filter)).toEqual(expected);
	});
});

describe("combining terms", () => {
	it("ANDs terms on a line and across lines", () => {
		expect(shape(parse("#rl is:starred\nstage:rl").filter)).toEqual({
			kind: "and",
			terms: [{ kind: "and", terms: [{ kind: "tag", tag: "rl" }, { kind: "starred" }] }, { kind: "stage", stages: ["rl"] }],
		});
	});

	it("binds OR looser than the implicit AND, and honours parentheses", () => {
		expect(shape(parse("a b OR c").filter)).toEqual({
			kind: "or",
			terms: [{ kind: "and", terms: [{ kind: "text", text: "a", phrase: false }, { kind: "text", text: "b", phrase: false }] }, { kind: "text", text: "c", phrase: false }],
		});
		expect(shape(parse("a (b OR c)").filter)).toEqual({
			kind: "and",
			terms: [{ kind: "text", text: "a", phrase: false }, { kind: "or", terms: [{ kind: "text", text: "b", phrase: false }, { kind: "text", text: "c", phrase: false }] }],
		});
	});

	it("accepts 或 for OR and AND/且 as an explicit AND", () => {
		expect(shape(parse("#rl 或 #moe").filter)).toEqual({ kind: "or", terms: [{ kind: "tag", tag: "rl" }, { kind: "tag", tag: "moe" }] });
		expect(shape(parse("#rl AND #moe").filter)).toEqual(shape(parse("#rl 且 #moe").filter));
		expect(shape(parse("#rl AND #moe").filter)).toEqual({ kind: "and", terms: [{ kind: "tag", tag: "rl" }, { kind: "tag", tag: "moe" }] });
	});

	it("keeps lowercase or as a word to search for", () => {
		expect(shape(parse("or").filter)).toEqual({ kind: "text", text: "or", phrase: false });
	});

	it("negates any term, including groups, phrases and keywords", () => {
		expect(shape(parse("-is:starred").filter)).toEqual({ kind: "not", term: { kind: "starred" } });
		expect(shape(parse('-"x y"').filter)).toEqual({ kind: "not", term: { kind: "text", text: "x y", phrase: true } });
		expect(shape(parse("-(#rl OR #moe)").filter)).toEqual({ kind: "not", term: { kind: "or", terms: [{ kind: "tag", tag: "rl" }, { kind: "tag", tag: "moe" }] } });
		expect(shape(parse("--#rl").filter)).toEqual({ kind: "not", term: { kind: "not", term: { kind: "tag", tag: "rl" } } });
	});

	it("keeps a hyphen inside a word", () => {
		expect(shape(parse("Logic-RL").filter)).toEqual({ kind: "text", text: "Logic-RL", phrase: false });
	});

	it("records where each term is", () => {
		const filter = parse("  #rl  stage:rl").filter;
		expect(filter?.kind === "and" && filter.terms.map((t) => [t.span.column, t.span.length])).toEqual([
			[3, 3],
			[8, 8],
		]);
	});

	it("matches everything when there is no filter", () => {
		expect(parse("").filter).toBeNull();
		expect(parse("sort:name\n\n").filter).toBeNull();
	});
});

describe("directives", () => {
	it("has defaults", () => {
		expect(parse("#rl").directives).toEqual({ sort: [], limit: null, group: "stage", view: "list", explain: false });
	});

	it.each([
		["sort:name", { sort: [{ field: "name", descending: false }] }],
		["sort:-date", { sort: [{ field: "date", descending: true }] }],
		["sort:stage,-date", { sort: [{ field: "stage", descending: false }, { field: "date", descending: true }] }],
		["排序:-日期", { sort: [{ field: "date", descending: true }] }],
		["limit:5", { limit: 5 }],
		["限制:３", { limit: 3 }],
		["group:none", { group: "none" }],
		["分组:无", { group: "none" }],
		["group:stage", { group: "stage" }],
		["view:table", { view: "table" }],
		["view:cards", { view: "cards" }],
		["视图:卡片", { view: "cards" }],
		["视图:列表", { view: "list" }],
		["explain", { explain: true }],
		["  Explain  ", { explain: true }],
		["解释", { explain: true }],
	])("%s", (text, expected) => {
		expect(parse(text).directives).toMatchObject(expected);
	});

	it("lets a later directive win", () => {
		expect(parse("limit:5\nlimit:2").directives.limit).toBe(2);
	});

	it("is not a filter", () => {
		expect(shape(parse("#rl sort:name limit:3").filter)).toEqual({ kind: "tag", tag: "rl" });
	});

	it("treats explain as a word when it is not alone on its line", () => {
		const query = parse("explain this");
		expect(query.directives.explain).toBe(false);
		expect(query.filter?.kind).toBe("and");
	});
});
