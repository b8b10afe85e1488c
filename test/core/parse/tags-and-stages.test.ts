import { readTags, tagCovers } from "../../../src/core/parse/tags";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { entryOf, parseFixture } from "../../support/note-fixtures";

describe("entry tag forms", () => {
	it.each([
		["tags/yaml-list.md", ["framework", "rl/grpo"], "rl"],
		["tags/block-list-hash.md", ["framework", "deploy"], "deploy"],
		["tags/mixed-case.md", ["FrameWork"], "rl"],
	])("%s is an entry with tags as written", (path, tags, stage) => {
		const { entry, warnings } = entryOf(path);
		expect(entry.tags).toEqual(tags);
		expect(entry.stage).toBe(stage);
		expect(warnings).toEqual([]);
	});

	// Forms Obsidian 1.9+ no longer reads: still entries (old vaults keep working), each with one warning.
	it.each([
		["tags/comma-string.md", ["framework", "finetune", "sft"], "finetune", "tags-legacy-text"],
		["tags/space-string-hash.md", ["framework", "rl", "ppo"], "rl", "tags-legacy-text"],
		["tags/tag-key.md", ["framework"], "deploy", "tags-legacy-key"],
	])("%s is still an entry, with a warning that Obsidian does not see its tags", (path, tags, stage, code) => {
		const { entry, warnings } = entryOf(path);
		expect(entry.tags).toEqual(tags);
		expect(entry.stage).toBe(stage);
		expect(warnings.map((w) => w.code)).toEqual([code]);
	});

	it("takes the stage from a nested framework/<stage> tag when there is no stage field", () => {
		expect(entryOf("tags/nested-stage.md").entry.stage).toBe("rl");
		expect(entryOf("tags/nested-deep.md").entry.stage).toBe("deploy");
		expect(entryOf("tags/nested-deep.md").warnings).toEqual([]);
	});

	it("lets the stage field win over the nested tag", () => {
		expect(entryOf("stage/field-beats-tag.md").entry.stage).toBe("finetune");
	});

	it("ignores notes whose tags only contain the word, and notes without frontmatter", () => {
		expect(parseFixture("tags/not-entry.md")).toEqual({ kind: "ignored" });
		expect(parseFixture("tags/no-frontmatter.md")).toEqual({ kind: "ignored" });
	});

	it("readTags splits strings on commas and spaces, drops #, and keeps the first of case-duplicates", () => {
		expect(readTags("#a, b  #c,,d")).toEqual(["a", "b", "c", "d"]);
		expect(readTags(["A", "a", "#b"])).toEqual(["A", "b"]);
		expect(readTags(2025)).toEqual(["2025"]);
		expect(readTags(null)).toEqual([]);
		expect(readTags({ a: 1 })).toBeNull();
		expect(readTags([["nested"]])).toBeNull();
	});

	it("tagCovers follows Obsidian's nesting", () => {
		expect(tagCovers("rl", "rl/grpo")).toBe(true);
		expect(tagCovers("#RL", "rl")).toBe(true);
		expect(tagCovers("rl", "rlhf")).toBe(false);
		expect(tagCovers("rl/grpo", "rl")).toBe(false);
	});
});

describe("stage resolution", () => {
	it.each([
		["stage/id-rl.md", "rl"],
		["stage/zh-label.md", "rl"],
		["stage/en-label.md", "rl"],
		["stage/alias-rlhf.md", "rl"],
		["stage/alias-serving.md", "deploy"],
		["stage/alias-inference.md", "deploy"],
		["stage/upper-case.md", "deploy"],
		["stage/full-width.md", "rl"],
		["stage/full-width-zh-label.md", "finetune"],
		["stage/en-label-spaced.md", "pretrain"],
		["stage/learning-zh.md", "learning"],
		["stage/none.md", "uncategorized"],
	])("%s → %s", (path, stage) => {
		const { entry, warnings } = entryOf(path);
		expect(entry.stage).toBe(stage);
		expect(warnings).toEqual([]);
	});

	it("keeps a note with an unknown stage under uncategorized, with a warning naming the value", () => {
		const { entry, warnings } = entryOf("stage/unknown.md");
		expect(entry.stage).toBe("uncategorized");
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({ path: "stage/unknown.md", code: "unknown-stage", params: { stage: "quantum annealing" } });
		expect(warnings[0]!.message).toContain('"quantum annealing"');
	});

	it("resolves every id, label and alias of the default vocabulary to its own stage", () => {
		const vocabulary = new StageVocabulary();
		for (const stage of vocabulary.stages) {
			for (const spelling of [stage.id, stage.labels.en, stage.labels.zh, ...stage.aliases]) {
				expect([spelling, vocabulary.resolve(spelling)]).toEqual([spelling, stage.id]);
				expect([spelling, vocabulary.resolve(spelling.toUpperCase())]).toEqual([spelling, stage.id]);
			}
		}
		expect(vocabulary.stages.map((s) => s.id)).toEqual(["learning", "pretrain", "finetune", "rl", "deploy", "uncategorized"]);
		expect(vocabulary.resolve("quantum")).toBeNull();
		expect(vocabulary.label("rl", "zh")).toBe("强化学习");
		expect(vocabulary.label("deploy", "en")).toBe("Deployment");
	});
});
