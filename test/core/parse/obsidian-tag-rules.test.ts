/**
 * Tags as Obsidian 1.9+ reads them. Sources of the expected behaviour:
 *  - obsidianmd/obsidian-help, "en/Editing and formatting/Tags.md" (tag characters; "Tags must contain at
 *    least one non-numerical character. For example, #1984 isn't a valid tag, but #y1984 is"; tags in
 *    YAML "should always be formatted as a list") and "Properties.md" ("Deprecated properties": `tag`
 *    support "is dropped in Obsidian 1.9").
 *  - obsidian-tasks-group/obsidian-tasks, tests/Obsidian/__test_data__/yaml_tags_*.json and
 *    yaml_complex_example.json: metadata-cache output recorded from a real vault (2025-08, Obsidian 1.9):
 *    `tags: a, b` gives parseFrontMatterTags [] and getAllTags only the body tags; `tags: single-value`
 *    gives one tag; a list gives each item; a `TAG:` list gives no tags. Their docs page "Missing tags,
 *    aliases and cssclasses in some Obsidian 1.9.x versions" adds that `TAGS:` (any case) still counts.
 * The notes below are our own, written in those shapes.
 */
import { parseNote } from "../../../src/core/parse/note-parser";
import { isObsidianTag, readFrontmatterTags } from "../../../src/core/parse/tags";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { describeDiagnostic } from "../../../src/i18n/describe-diagnostic";
import { translator } from "../../../src/i18n/translator";

const options = { entryTag: "framework", vocabulary: new StageVocabulary() };
const note = (frontmatter: string, body = "# veRL\n\n- [ ] #task read the paper\n") => `---\n${frontmatter}\n---\n${body}`;

function parsed(frontmatter: string) {
	const result = parseNote("Frameworks/veRL.md", note(frontmatter), options);
	if (result.kind !== "entry") throw new Error(`expected an entry, got ${JSON.stringify(result)}`);
	return { tags: result.entry.tags, codes: result.warnings.map((w) => w.code), warnings: result.warnings };
}

describe("which tags Obsidian accepts (help vault, Tags page)", () => {
	it.each(["y1984", "camelCase", "PascalCase", "snake_case", "kebab-case", "inbox/to-read", "强化学习", "微调/LoRA", "🦙", "rl/grpo", "2024/07"])("%s is a tag", (tag) => {
		expect(isObsidianTag(tag)).toBe(true);
	});
	it.each(["1984", "0123", "a&b", "c.d", "e:f", "two words", "a,b", "c#", "x!", "(rl)", "a\u2014b", "wiki[[x]]", ""])("%j is not", (tag) => {
		expect(isObsidianTag(tag)).toBe(false);
	});
});

describe("recorded metadata-cache shapes", () => {
	it("a list gives each item (yaml_tags_has_multiple_values): an entry, no warning", () => {
		expect(parsed("tags:\n  - framework\n  - rl/grpo\nstage: rl")).toEqual({ tags: ["framework", "rl/grpo"], codes: [], warnings: [] });
	});

	it("a single text without comma or space is one tag (yaml_tags_with_one_value_on_single_line): no warning", () => {
		expect(parsed("tags: framework\nstage: rl").codes).toEqual([]);
	});

	it("a capitalised key still counts (TAGS / Tags)", () => {
		expect(parsed("Tags:\n  - framework\nstage: rl")).toMatchObject({ tags: ["framework"], codes: [] });
		expect(parsed("TAGS: [framework]\nstage: rl")).toMatchObject({ tags: ["framework"], codes: [] });
	});

	it("`tags: a, b` gives Obsidian no tags (yaml_tags_with_two_values_on_one_line): still an entry here, with the legacy warning", () => {
		const { tags, codes, warnings } = parsed("tags: framework, rl\nstage: rl");
		expect(tags).toEqual(["framework", "rl"]);
		expect(codes).toEqual(["tags-legacy-text"]);
		expect(describeDiagnostic(warnings[0]!, translator("en"))).toBe(
			'Obsidian 1.9+ does not read "tags:" written as one text, so its tag search does not find this note. Write the tags as a list (command "Fix tag format" or atlas fix-tags)',
		);
	});

	it("a space-separated text and a quoted comma text are the same legacy form", () => {
		expect(parsed("tags: framework rl\nstage: rl")).toMatchObject({ tags: ["framework", "rl"], codes: ["tags-legacy-text"] });
		expect(parsed('tags: "#framework, #rl"\nstage: rl')).toMatchObject({ tags: ["framework", "rl"], codes: ["tags-legacy-text"] });
	});

	it("the singular `tag:` key (TAG: in yaml_complex_example gives no tags) is still read here, with its own warning", () => {
		const { tags, codes, warnings } = parsed("tag: framework\nstage: deploy");
		expect(tags).toEqual(["framework"]);
		expect(codes).toEqual(["tags-legacy-key"]);
		expect(describeDiagnostic(warnings[0]!, translator("zh"))).toContain("Obsidian 1.9 起不再读取“tag:”");
		expect(parsed("TAG:\n  - framework\n  - rl\nstage: rl")).toMatchObject({ tags: ["framework", "rl"], codes: ["tags-legacy-key"] });
	});

	it("`tags:` wins over a `tag:` beside it, as in Obsidian, and then nothing is legacy", () => {
		expect(parsed("tag: old\ntags:\n  - framework\nstage: rl")).toMatchObject({ tags: ["framework"], codes: [] });
	});
});

describe("invalid tag values", () => {
	it("are dropped from the entry's tags, with one warning naming each as written", () => {
		const { tags, codes, warnings } = parsed("tags:\n  - framework\n  - 1984\n  - '2025'\n  - a&b\n  - c.d\n  - e:f\n  - y1984\n  - 强化学习\n  - 🦙\nstage: rl");
		expect(tags).toEqual(["framework", "y1984", "强化学习", "🦙"]);
		expect(codes).toEqual(["tag-invalid"]);
		expect(warnings[0]!.params).toEqual({ tags: "1984, 2025, a&b, c.d, e:f" });
		expect(describeDiagnostic(warnings[0]!, translator("en"))).toBe("1984, 2025, a&b, c.d, e:f: not a tag to Obsidian (a tag needs a letter, and only letters, digits, _, - and /); dropped");
		expect(describeDiagnostic(warnings[0]!, translator("zh"))).toBe("1984, 2025, a&b, c.d, e:f：Obsidian 不认作标签（标签须含字母，且只能由字母、数字、_、- 和 / 组成），已忽略");
	});

	it("an invalid value cannot make a note an entry, and the entry tag itself is never dropped", () => {
		expect(parseNote("a.md", note("tags:\n  - framework.v2"), options)).toEqual({ kind: "ignored" });
		expect(parsed("tags: [framework, '#rl']").tags).toEqual(["framework", "rl"]);
	});

	it("readFrontmatterTags reports key, tags, dropped values and form together", () => {
		expect(readFrontmatterTags({ tag: "framework, 1984" })).toEqual({ key: "tag", tags: ["framework"], invalid: ["1984"], legacy: "tag-key" });
		expect(readFrontmatterTags({ title: "x" })).toEqual({ key: null, tags: [], invalid: [], legacy: null });
		expect(readFrontmatterTags({ tags: [{ a: 1 }] })).toBeNull();
		expect(readFrontmatterTags({ tags: [null, "rl"] })).toEqual({ key: "tags", tags: ["rl"], invalid: [], legacy: null });
	});
});
