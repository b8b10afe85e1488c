import type { AtlasIndex } from "../../../src/core/index/atlas-index";
import { parseQuery } from "../../../src/core/query/parse-query";
import { runQuery, type QueryResult } from "../../../src/core/query/run-query";
import { queryFixtureIndex } from "../../support/query-fixtures";
import { sampleIndex } from "../../support/sample-index";

function run(index: AtlasIndex, text: string): QueryResult {
	const parsed = parseQuery(text, index.parseOptions().vocabulary);
	if (!parsed.ok) throw new Error(`${text}: ${parsed.error.code}`);
	return runQuery(parsed.query, index.snapshot());
}

const names = (result: QueryResult) => result.entries.map((e) => e.name);
const byLowerCase = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1);

describe("on the sample vault", () => {
	const index = sampleIndex();
	const sorted = (text: string) => names(run(index, text)).sort(byLowerCase);

	it("#rl/grpo finds veRL, TRL and EasyR1", () => expect(sorted("#rl/grpo")).toEqual(["EasyR1", "TRL", "veRL"]));
	it("#rl covers nested tags; #grpo does not", () => {
		expect(sorted("#rl")).toEqual(["EasyR1", "TinyZero", "TRL", "veRL"]);
		expect(sorted("#grpo")).toEqual([]);
		expect(sorted("#RL/GRPO")).toEqual(["EasyR1", "TRL", "veRL"]);
	});
	it("#多模态 finds CJK tags", () => expect(sorted("#多模态")).toEqual(["EasyR1", "MM-EUREKA", "ms-swift"]));
	it("is:starred stage:强化学习 finds OpenRLHF and veRL", () => expect(sorted("is:starred stage:强化学习")).toEqual(["OpenRLHF", "veRL"]));
	it("stage with commas is OR", () => expect(run(index, "stage:finetune,部署").total).toBe(6));
	it("based: lists derivatives", () => {
		expect(sorted("based:veRL")).toEqual(["EasyR1"]);
		expect(sorted("基于:openrlhf")).toEqual(["MM-EUREKA"]);
	});
	it("repo: matches the repository URL", () => expect(sorted("repo:volcengine")).toEqual(["veRL"]));
	it("has:repo and -has:repo split the entries", () => {
		expect(run(index, "has:repo").total + run(index, "-has:repo").total).toBe(index.snapshot().entryCount);
		expect(sorted("has:repo stage:deploy")).toEqual([]);
	});
	it("has:sources finds the learning items with dated lines", () => expect(run(index, "has:sources").total).toBe(3));
	it("-has:summary lists the entries still without a summary", () => {
		expect(sorted("-has:summary stage:rl")).toEqual(["EasyR1", "Logic- RL", "Open-R1", "R1-V", "Roll", "TinyZero"]);
		expect(run(index, "has:summary").total + run(index, "-has:summary").total).toBe(index.snapshot().entryCount);
	});
	it("after:2025-06-25 on the learning items", () => {
		expect(sorted("after:2025-06-25")).toEqual(["机器学习 Q 与 AI：30 个必备问答", "盘一盘，2017年Transformer之后，LLM领域的重要论文"]);
		expect(sorted("before:2025-06-25")).toEqual(["信息过载时代，如何真正「懂」LLM？从MIT分享的50个面试题开始"]);
	});
	it("bare words search names, summaries and tags, case-insensitively", () => {
		expect(sorted("verl")).toEqual(["veRL"]);
		// Roll mentions GRPO only in its note body, which is not searched.
		expect(sorted("GRPO stage:rl")).toEqual(["EasyR1", "OpenRLHF", "TRL", "veRL"]);
		expect(sorted("AI：30")).toEqual(["机器学习 Q 与 AI：30 个必备问答"]);
		expect(sorted("面试题")).toEqual(["信息过载时代，如何真正「懂」LLM？从MIT分享的50个面试题开始"]);
	});
	it("OR, negation and parentheses combine", () => {
		expect(sorted("(#rl/ppo OR #moe) -TRL")).toEqual(["MoE部署", "TinyZero"]);
		expect(sorted("-stage:rl -stage:learning -stage:finetune")).toEqual(["MoE部署", "SGLang", "TGI", "vLLM"]);
	});
	it("groups by stage in vocabulary order, leaving out empty stages", () => {
		const result = run(index, "#多模态 OR stage:deploy");
		expect(result.groups.map((g) => g.stage.id)).toEqual(["finetune", "rl", "deploy"]);
	});
	it("keeps the index order by default and lists derivatives flat", () => {
		expect(names(run(index, "stage:rl"))).toEqual(["Logic- RL", "Open-R1", "OpenRLHF", "MM-EUREKA", "R1-V", "Roll", "TinyZero", "TRL", "veRL", "EasyR1"]);
	});
	it("sorts by name, stage and date, either way; undated entries last", () => {
		expect(names(run(index, "stage:deploy sort:-name"))).toEqual(["vLLM", "TGI", "SGLang"]);
		expect(names(run(index, "stage:learning sort:-date"))).toEqual([
			"机器学习 Q 与 AI：30 个必备问答",
			"盘一盘，2017年Transformer之后，LLM领域的重要论文",
			"信息过载时代，如何真正「懂」LLM？从MIT分享的50个面试题开始",
			"新鲜出炉！斯坦福2025 CS336课程全公开：从零开始搓大模型",
		]);
		expect(names(run(index, "stage:learning sort:date")).at(-1)).toBe("新鲜出炉！斯坦福2025 CS336课程全公开：从零开始搓大模型");
		expect(run(index, "stage:deploy,learning sort:-stage").entries[0]!.stage).toBe("deploy");
	});
	it("limits after sorting and reports the total", () => {
		const result = run(index, "stage:rl sort:name limit:3");
		expect(result.total).toBe(10);
		expect(result.entries).toHaveLength(3);
		expect(result.groups.flatMap((g) => g.entries)).toHaveLength(3);
	});
	it("an empty query lists every entry", () => expect(run(index, "").total).toBe(index.snapshot().entryCount));
});

describe("on the query fixtures", () => {
	const index = queryFixtureIndex();
	const sorted = (text: string) => names(run(index, text)).sort(byLowerCase);

	it("searches Chinese names and summaries in every language", () => {
		expect(sorted("深夜")).toEqual(["Late Night"]);
		expect(sorted("captured late")).toEqual(["Late Night"]);
		expect(sorted('"captured late"')).toEqual(["Late Night"]);
	});
	it("folds full-width text (NFKC) both ways", () => {
		expect(sorted("full-width")).toEqual(["Early Bird"]);
		expect(sorted("ＳＥＲＶＩＮＧ")).toEqual(["Early Bird"]);
	});
	it("a phrase does not match across two fields", () => expect(sorted('"night 深夜"')).toEqual([]));
	it("ignores notes that are not entries", () => expect(sorted("#rl/grpo")).toEqual(["Late Night"]));
	it("uses the newest source, by day for date-only bounds", () => {
		expect(sorted("after:2025-06-25")).toEqual(["Early Bird", "Late Night"]);
		expect(sorted("after:2025-06-26")).toEqual(["Early Bird"]);
		expect(sorted("before:2025-06-26")).toEqual(["Late Night"]);
		expect(sorted("before:2025-06-25")).toEqual([]);
		expect(sorted("after:2025-06-01 before:2025-07-01")).toEqual(["Early Bird", "Late Night"]);
	});
	it("compares times when the bound has one", () => {
		expect(sorted("after:2025-06-25T23:00")).toEqual(["Early Bird", "Late Night"]);
		expect(sorted("after:2025-06-25T23:31")).toEqual(["Early Bird"]);
		expect(sorted("before:2025-06-25T23:30")).toEqual([]);
		// A date-only source counts as the start of its day, so it sorts before 00:00 of that day.
		expect(sorted("before:2025-06-26T00:00")).toEqual(["Early Bird", "Late Night"]);
		expect(sorted("before:2025-06-25T23:31")).toEqual(["Late Night"]);
	});
	it("entries without sources never match a date bound", () => {
		expect(sorted("after:1900-01-01")).not.toContain("No Sources");
		expect(sorted("-after:1900-01-01")).toEqual(["No Sources"]);
	});
});
