import { querySnippet } from "../../../src/core/query/body-snippet";
import { sampleIndex } from "../../support/sample-index";
import { names, parsed, run, viewsFixtureIndex } from "../../support/views-fixtures";

describe("full-text search on the sample vault", () => {
	const index = sampleIndex();
	it('"支持GRPO" finds TRL and veRL, whose notes say exactly that', () => expect(names(run(index, "支持GRPO"))).toEqual(["TRL", "veRL"]));
	it("case and width are folded: 支持ｇｒｐｏ, “支持grpo”", () => {
		expect(names(run(index, "支持ｇｒｐｏ"))).toEqual(["TRL", "veRL"]);
		expect(names(run(index, "“支持grpo”"))).toEqual(["TRL", "veRL"]);
	});
	it("body: and 正文: search only the body", () => {
		expect(names(run(index, "正文:sglang小组"))).toEqual(["veRL"]);
		// "Hugging Face" is in TRL's summary, not its body.
		expect(names(run(index, '"Hugging Face"'))).toContain("TRL");
		expect(names(run(index, 'body:"Hugging Face"'))).not.toContain("TRL");
	});
	it("a body-only match has a snippet with the match marked; a name match has none", () => {
		const query = parsed(index, "支持GRPO");
		const trl = index.entries().find((e) => e.name === "TRL")!;
		const snippet = querySnippet(query, trl)!;
		expect(snippet.marks).toHaveLength(1);
		const { start, length } = snippet.marks[0]!;
		expect(snippet.text.slice(start, start + length)).toBe("支持GRPO");
		expect(snippet.text).not.toContain("\n");
		expect(querySnippet(parsed(index, "TRL"), trl)).toBeNull();
	});
});

describe("full-text search on the fixture notes", () => {
	const index = viewsFixtureIndex();
	it("plain words and phrases match the body", () => {
		expect(names(run(index, "grpo"))).toEqual(["PolicyLab"]);
		expect(names(run(index, '"supports GRPO and PPO"'))).toEqual(["PolicyLab"]);
		expect(names(run(index, "连续批处理"))).toEqual(["ServeFast"]);
	});
	it("full-width text in the note is found by half-width words and the other way round", () => {
		expect(names(run(index, "dpo recipe"))).toEqual(["PolicyLab"]);
		expect(names(run(index, "ｒｅｗａｒｄ"))).toEqual(["ServeFast"]);
	});
	it("nothing in fenced code or frontmatter-only text is matched as body", () => {
		expect(names(run(index, "ZebraMode"))).toEqual([]);
		expect(names(run(index, "body:trainer"))).toEqual(["PolicyLab"]);
		expect(names(run(index, "body:rl"))).toEqual(["PolicyLab"]);
		expect(names(run(index, 'body:"small RL trainer"'))).toEqual([]);
	});
	it("body tags count for # and tag:, as nested tags", () => {
		expect(names(run(index, "#rl/grpo"))).toEqual(["PolicyLab"]);
		expect(names(run(index, "tag:rl/dpo"))).toEqual(["PolicyLab"]);
		expect(names(run(index, "#部署"))).toEqual(["ServeFast"]);
		expect(names(run(index, "#rl/kto OR #rl/simpo OR #rl/orpo"))).toEqual([]);
	});
	it("a negated word never asks for a snippet", () => {
		const query = parsed(index, "-zebra body:连续");
		const serve = index.entries().find((e) => e.name === "ServeFast")!;
		const snippet = querySnippet(query, serve)!;
		expect(snippet.text.slice(snippet.marks[0]!.start, snippet.marks[0]!.start + 2)).toBe("连续");
		expect(snippet.text.startsWith("…")).toBe(false);
	});
	it("a snippet maps matches back through folding that changes length", () => {
		const entry = { ...index.entries().find((e) => e.name === "PolicyLab")!, tags: [], body: "ﬁne tuning with 支持ＧＲＰＯ here" };
		const snippet = querySnippet(parsed(index, "grpo"), entry)!;
		const { start, length } = snippet.marks[0]!;
		expect(snippet.text.slice(start, start + length)).toBe("ＧＲＰＯ");
	});
	it("long bodies are cut with ellipses around the first match, every match in the window marked", () => {
		const entry = { ...index.entries().find((e) => e.name === "PolicyLab")!, tags: [], body: `${"lorem ipsum ".repeat(20)}GRPO then grpo\n\n${"dolor sit ".repeat(20)}` };
		const snippet = querySnippet(parsed(index, "grpo"), entry)!;
		expect(snippet.text.startsWith("…")).toBe(true);
		expect(snippet.text.endsWith("…")).toBe(true);
		expect(snippet.marks.map((m) => snippet.text.slice(m.start, m.start + m.length))).toEqual(["GRPO", "grpo"]);
	});
});
