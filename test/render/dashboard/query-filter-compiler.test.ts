import { translator } from "../../../src/i18n/translator";
import { queryFilterCompiler } from "../../../src/render/dashboard/query-filter-compiler";
import { sampleIndex } from "../../support/sample-index";

const index = sampleIndex();
let language: "en" | "zh" = "en";
const compile = queryFilterCompiler(() => index.parseOptions().vocabulary, () => translator(language));
const kept = (text: string) => index.entries().filter(compile(text).predicate ?? (() => true)).map((e) => e.name).sort();

describe("the query language in a filter box", () => {
	it("filters nothing for an empty box", () => expect(compile("   ")).toEqual({ predicate: null, error: null }));
	it("keeps plain words working, Chinese without spaces", () => {
		expect(kept("verl")).toEqual(["veRL"]);
		expect(kept("面试")).toEqual(["信息过载时代，如何真正「懂」LLM？从MIT分享的50个面试题开始"]);
	});
	it("understands tags, stages and negation", () => {
		expect(kept("#rl/grpo -based:veRL")).toEqual(["TRL", "veRL"]);
		expect(kept("阶段:部署")).toEqual(["SGLang", "TGI", "vLLM"]);
	});
	it("reports errors as text in the current language and filters nothing meanwhile", () => {
		expect(compile("stage:rl OR")).toEqual({ predicate: null, error: "OR at column 10 needs a term on each side. Put a term on both sides of it, for example stage:rl before and stage:deploy after" });
		language = "zh";
		expect(compile("stag:rl").error).toBe("未知的筛选条件“stag:”（第 1 列） — 你是不是想写“stage:”？");
		language = "en";
	});
});
