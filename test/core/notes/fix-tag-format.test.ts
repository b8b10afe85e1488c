import { fixTagFormat } from "../../../src/core/notes/fix-tag-format";
import { parseNote } from "../../../src/core/parse/note-parser";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";

const options = { entryTag: "framework", vocabulary: new StageVocabulary() };

function fixed(text: string): string {
	const result = fixTagFormat(text);
	if (result.kind !== "fixed") throw new Error(`expected a fix, got ${result.reason}`);
	return result.fix.text;
}

describe("fixTagFormat rewrites only the tags property", () => {
	it("a comma text becomes a list; every other byte stays", () => {
		const note = "---\nname: veRL\ntags: framework, rl  \nstage: rl\n---\n# veRL\n\ntags: a, b in the body stays\n";
		expect(fixed(note)).toBe("---\nname: veRL\ntags:\n  - framework\n  - rl\nstage: rl\n---\n# veRL\n\ntags: a, b in the body stays\n");
	});

	it("keeps CRLF line endings, a BOM, and comments on other lines and on the tags line", () => {
		const note = "\uFEFF---\r\n# research notes\r\nname: vLLM # serving\r\ntags: \"#framework #deploy\" # old style\r\n\r\nrepo: https://github.com/vllm-project/vllm\r\n---\r\nbody\r\n";
		expect(fixed(note)).toBe(
			"\uFEFF---\r\n# research notes\r\nname: vLLM # serving\r\ntags: # old style\r\n  - framework\r\n  - deploy\r\n\r\nrepo: https://github.com/vllm-project/vllm\r\n---\r\nbody\r\n",
		);
	});

	it("quotes only what YAML would misread, with single or double quotes in the source", () => {
		expect(fixed("---\ntags: 'framework, yes, 2025-07-02'\n---\n")).toBe('---\ntags:\n  - framework\n  - "yes"\n  - 2025-07-02\n---\n');
	});

	it("renames the singular tag: key (any case), whether it holds a text or a list, keeping inner comments", () => {
		expect(fixed("---\ntag: framework\nstage: deploy\n---\nx")).toBe("---\ntags:\n  - framework\nstage: deploy\n---\nx");
		expect(fixed("---\nTAG:\n  - framework\n  # the stage\n  - rl\nname: x\n---\n")).toBe("---\ntags:\n  - framework\n  - rl\n  # the stage\nname: x\n---\n");
		expect(fixed("---\ntag:\n- framework\n- 强化学习\n---\n")).toBe("---\ntags:\n  - framework\n  - 强化学习\n---\n");
	});

	it("keeps a value Obsidian will not accept as written, rather than dropping what the user typed", () => {
		expect(fixed("---\ntags: framework 1984 a&b\n---\n")).toBe('---\ntags:\n  - framework\n  - "1984"\n  - a&b\n---\n');
	});

	it("the fixed note is the same entry, now without the legacy warning", () => {
		const note = "---\nname: LLaMA-Factory\ntags: framework, finetune/sft\nsummary: 一站式微调\n---\n## 来源\n";
		const before = parseNote("a.md", note, options);
		const after = parseNote("a.md", fixed(note), options);
		expect(before).toMatchObject({ kind: "entry", warnings: [{ code: "tags-legacy-text" }] });
		expect(after).toMatchObject({ kind: "entry", warnings: [] });
		if (before.kind === "entry" && after.kind === "entry") expect(after.entry).toEqual(before.entry);
	});

	it("reports the replaced and replacing lines for a preview", () => {
		expect(fixTagFormat("---\ntags: framework rl # x\n---\n")).toEqual({
			kind: "fixed",
			fix: { text: "---\ntags: # x\n  - framework\n  - rl\n---\n", before: ["tags: framework rl # x"], after: ["tags: # x", "  - framework", "  - rl"] },
		});
	});

	it("leaves notes alone that need nothing or cannot be read", () => {
		expect(fixTagFormat("---\ntags:\n  - framework\n---\n")).toEqual({ kind: "skipped", reason: "not-legacy" });
		expect(fixTagFormat("---\ntags: framework\n---\n")).toEqual({ kind: "skipped", reason: "not-legacy" });
		expect(fixTagFormat("# no frontmatter\ntags: a, b\n")).toEqual({ kind: "skipped", reason: "no-frontmatter" });
		expect(fixTagFormat("---\ntags: [a, b\n---\n")).toEqual({ kind: "skipped", reason: "unreadable" });
		expect(fixTagFormat("---\ntags: a, b\n")).toEqual({ kind: "skipped", reason: "no-frontmatter" });
	});
});
