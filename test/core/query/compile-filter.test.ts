import { compileFilter } from "../../../src/core/query/compile-filter";
import { sampleIndex } from "../../support/sample-index";

const index = sampleIndex();
const vocabulary = index.parseOptions().vocabulary;
const entries = index.entries();
const kept = (text: string) => entries.filter(compileFilter(text, vocabulary).predicate).map((e) => e.name);

describe("compileFilter for the dashboard filter box", () => {
	it("keeps plain words working", () => {
		expect(kept("verl").sort()).toEqual(["EasyR1", "TinyZero", "veRL"]); // the first two mention veRL in their text
		expect(kept("vllm")).toEqual(["OpenRLHF", "vLLM"]); // OpenRLHF's summary mentions vLLM
		expect(compileFilter("verl", vocabulary).error).toBeNull();
	});
	it("accepts the whole language", () => expect(kept("is:starred 阶段:强化学习").sort()).toEqual(["OpenRLHF", "veRL"]));
	it("ignores display directives", () => expect(kept("#rl/grpo limit:1 view:cards")).toHaveLength(3));
	it("keeps every entry and reports the error while the text is half-typed", () => {
		const compiled = compileFilter("stage:rl OR", vocabulary);
		expect(compiled.error).toMatchObject({ code: "dangling-operator", column: 10 });
		expect(entries.filter(compiled.predicate)).toHaveLength(entries.length);
	});
	it("an empty box keeps everything", () => expect(kept("  ")).toHaveLength(entries.length));
});
