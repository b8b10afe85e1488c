import type { IndexChange } from "../../../src/core/index/index-snapshot";
import { changeAffects } from "../../../src/core/query/change-affects";
import { parseQuery } from "../../../src/core/query/parse-query";
import type { Query } from "../../../src/core/query/query-types";
import { sampleIndex } from "../../support/sample-index";

const index = sampleIndex();
const entry = (name: string) => index.entries().find((e) => e.name === name)!;
const query = (text: string): Query => {
	const parsed = parseQuery(text, index.parseOptions().vocabulary);
	if (!parsed.ok) throw new Error(text);
	return parsed.query;
};

describe("changeAffects", () => {
	const grpo = query("#rl/grpo");
	const shown = new Set(["Frameworks/veRL.md", "Frameworks/TRL.md", "Frameworks/EasyR1.md"]);
	const vllm = entry("vLLM");
	const verl = entry("veRL");

	it("a reset always matters", () => expect(changeAffects({ type: "reset" }, grpo, shown)).toBe(true));
	it("an unrelated entry does not", () => {
		expect(changeAffects({ type: "upsert", path: vllm.path, before: vllm, after: { ...vllm, name: "vLLM 2" } }, grpo, shown)).toBe(false);
		expect(changeAffects({ type: "remove", path: vllm.path, before: vllm }, grpo, shown)).toBe(false);
		expect(changeAffects({ type: "upsert", path: "Notes/x.md", before: null, after: null }, grpo, shown)).toBe(false);
	});
	it("an entry that starts matching does", () => {
		const change: IndexChange = { type: "upsert", path: vllm.path, before: vllm, after: { ...vllm, tags: ["rl/grpo"] } };
		expect(changeAffects(change, grpo, shown)).toBe(true);
	});
	it("an entry that stops matching, or is shown, or is removed, does", () => {
		expect(changeAffects({ type: "upsert", path: verl.path, before: verl, after: { ...verl, tags: [] } }, grpo, shown)).toBe(true);
		expect(changeAffects({ type: "upsert", path: verl.path, before: null, after: null }, grpo, shown)).toBe(true);
		expect(changeAffects({ type: "remove", path: verl.path, before: verl }, grpo, shown)).toBe(true);
	});
	it("a rename of a shown note does", () => {
		expect(changeAffects({ type: "rename", oldPath: verl.path, path: "Elsewhere/veRL.md", before: verl, after: { ...verl, path: "Elsewhere/veRL.md" } }, grpo, new Set([verl.path]))).toBe(true);
	});
	it("a query without a filter cares about every entry", () => {
		expect(changeAffects({ type: "remove", path: vllm.path, before: vllm }, query("limit:3"), new Set())).toBe(true);
	});
	it("an error block waits for a reset", () => {
		expect(changeAffects({ type: "remove", path: vllm.path, before: vllm }, null, new Set())).toBe(false);
	});
});
