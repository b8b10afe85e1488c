import { splitFrontmatter } from "../../../src/core/parse/frontmatter-split";
import { parseFrontmatterYaml } from "../../../src/core/parse/yaml-engine";
import { parseNote } from "../../../src/core/parse/note-parser";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import type { EntryDraft, RenderContext } from "../../../src/core/templates/entry-draft";
import { entryTags } from "../../../src/core/templates/entry-tags";
import { renderEntryNote } from "../../../src/core/templates/render-entry";
import { normalizeSourceTitle } from "../../../src/core/sources/source-line-format";
import { templateHeadings } from "../../../src/i18n/template-headings";
import { translator } from "../../../src/i18n/translator";

const vocabulary = new StageVocabulary();
// 2025-07-02 14:01:48 in Shanghai (the pinned jest zone), a Wednesday.
const NOW = new Date(Date.UTC(2025, 6, 2, 6, 1, 48));
const context = (over: Partial<RenderContext> = {}): RenderContext => ({
	now: NOW,
	language: "en",
	entryTag: "framework",
	sourceLineFormat: "YYYY-MM-DD HH:mm:ss dddd {title} {url}",
	weekdayLanguage: "en",
	stageLabel: (id, lang) => vocabulary.label(id, lang),
	...over,
});
const EN = templateHeadings(translator("en"));
const ZH = templateHeadings(translator("zh"));
const draft = (over: Partial<EntryDraft> = {}): EntryDraft => ({ name: "veRL", stage: "rl", repo: "https://github.com/volcengine/verl", tags: ["grpo"], source: null, ...over });

function render(d: EntryDraft, template: string | null = null, ctx = context()): string {
	const result = renderEntryNote(d, ctx, ctx.language === "zh" ? ZH : EN, template);
	if (!result.ok) throw new Error(result.error.detail);
	return result.text;
}

function parse(text: string) {
	const result = parseNote("Frameworks/x.md", text, { entryTag: "framework", vocabulary });
	if (result.kind !== "entry") throw new Error(`not an entry: ${JSON.stringify(result)}`);
	return result;
}

describe("built-in template", () => {
	it("writes the note format and headings in the active language", () => {
		expect(render(draft({ source: { url: "https://example.com/a", title: "A post" } }))).toBe(
			[
				"---",
				"tags:",
				"  - framework",
				"  - grpo",
				"stage: rl",
				"name: veRL",
				"repo: https://github.com/volcengine/verl",
				"---",
				"## Summary",
				"",
				"## Sources",
				"",
				"2025-07-02 14:01:48 Wednesday A post https://example.com/a",
				"",
				"## Notes",
				"",
				"",
			].join("\n"),
		);
		const zh = render(draft(), null, context({ language: "zh" }));
		expect(zh).toContain("## 简介\n\n## 来源\n\n## 笔记\n");
		expect(zh).not.toContain("Wednesday");
	});

	it("pins the stored weekday to English even when the labels are Chinese", () => {
		const zh = render(draft({ source: { url: "https://example.com/a", title: "文章" } }), null, context({ language: "zh" }));
		expect(zh).toContain("2025-07-02 14:01:48 Wednesday 文章 https://example.com/a");
		const chinese = render(draft({ source: { url: "https://example.com/a", title: "文章" } }), null, context({ language: "zh", weekdayLanguage: "zh" }));
		expect(chinese).toContain("2025-07-02 14:01:48 星期三 文章 https://example.com/a");
	});

	it("leaves the repo out when none is given", () => {
		const text = render(draft({ repo: null }));
		expect(text).not.toContain("repo");
		expect(parse(text).entry.repo).toBeNull();
	});
});

const HOSTILE = [
	"veRL: the trainer",
	"C# # not a comment",
	'"quoted" and \'single\'',
	"@at-start",
	"*star",
	"&anchor",
	"!tag",
	"- dash",
	"? question",
	"| pipe",
	"> folded",
	"% percent",
	"yes",
	"no",
	"null",
	"~",
	"true",
	"12:30",
	"0123",
	"1e3",
	"0x1F",
	".inf",
	"2025-07-02",
	"强化学习：GRPO（组相对）、“引号”，「括号」",
	"🌈 OpenRLHF 🚀",
	"[[wiki]] {braces}",
	"trailing space ",
	"tab\there",
	"x".repeat(5000),
	"---",
	"line one\nline two",
	"\\backslash\\",
	"#hash-start",
];

describe("hostile values round-trip through parseNote", () => {
	it.each(HOSTILE)("name %j", (name) => {
		const entry = parse(render(draft({ name }))).entry;
		expect(entry.name).toBe(name.trim());
	});

	it.each(HOSTILE)("source title %j", (title) => {
		const text = render(draft({ source: { url: "https://example.com/p?q=1#frag", title } }));
		expect(parse(text).entry.sources).toEqual([{ date: "2025-07-02T14:01:48", title: normalizeSourceTitle(title), url: "https://example.com/p?q=1#frag" }]);
	});

	it.each(HOSTILE)("tag %j", (tag) => {
		const entry = parse(render(draft({ tags: [tag, "ok"] }))).entry;
		expect(entry.tags).toEqual(entryTags("framework", [tag, "ok"]));
	});

	it.each([
		"https://github.com/a/b#readme",
		"https://example.com/a: b",
		"https://example.com/?q=\"x\"&y='z'",
		"https://例子.中国/路径",
		"https://github.com/OpenRLHF/OpenRLHF ",
	])("repo %j", (repo) => {
		expect(parse(render(draft({ repo }))).entry.repo).toBe(repo.trim());
	});

	it.each(["rl", "deploy", "learning"])("stage %s", (stage) => {
		expect(parse(render(draft({ stage }))).entry.stage).toBe(stage);
	});
});

describe("user templates", () => {
	const TEMPLATE = [
		"---",
		"tags: [framework, \"{{tags}}\"]",
		"name: \"{{name}}\"",
		"stage: \"{{stage}}\"",
		"repo: \"{{repo}}\"",
		"created: \"{{date}} {{time}}\"",
		"title: \"{{name}} ({{weekday}})\"",
		"author: \"{{author}}\"",
		"---",
		"# {{name}}",
		"",
		"Stage: {{stage}} · Tags: {{tags}} · {{unknown}} · {{ name }}",
		"",
		"## Sources / 来源",
		"",
		"{{source}}",
		"",
	].join("\n");

	it("substitutes into YAML values, re-serialises them, and keeps unknown placeholders as written", () => {
		const text = render(draft({ name: 'Evil: "x" # y', tags: ["a", "yes"], source: { url: "https://e.com", title: "T" } }), TEMPLATE);
		const entry = parse(text).entry;
		expect(entry.name).toBe('Evil: "x" # y');
		expect(entry.stage).toBe("rl");
		expect(entry.tags).toEqual(["framework", "a", "yes"]);
		expect(entry.sources).toEqual([{ date: "2025-07-02T14:01:48", title: "T", url: "https://e.com" }]);
		const fields = parseFrontmatterYaml(splitFrontmatter(text).kind === "yaml" ? (splitFrontmatter(text) as { yaml: string }).yaml : "") as Record<string, unknown>;
		expect(fields.created).toBe("2025-07-02 14:01");
		expect(fields.title).toBe('Evil: "x" # y (Wednesday)');
		expect(fields.author).toBe("{{author}}");
		expect(text).toContain("# Evil: \"x\" # y\n");
		expect(text).toContain("Stage: Reinforcement learning · Tags: framework, a, yes · {{unknown}} · Evil");
	});

	it("never evaluates anything: expressions stay text", () => {
		const text = render(draft(), "---\ntags: [framework]\n---\n{{name.constructor}} {{ 1+1 }} {{process.exit()}} ${name}\n");
		expect(text).toContain("{{name.constructor}} {{ 1+1 }} {{process.exit()}} ${name}");
	});

	it("drops a field whose only content is an empty placeholder", () => {
		const text = render(draft({ repo: null }), TEMPLATE);
		expect(text).not.toMatch(/^repo:/m);
	});

	it("adds the entry tag and the fields the template leaves out", () => {
		const text = render(draft({ name: "12:30" }), "---\ntags: research\n---\nBody {{name}}\n");
		const entry = parse(text).entry;
		expect(entry.tags).toEqual(["research", "framework", "grpo"]);
		expect(entry.name).toBe("12:30");
		expect(entry.stage).toBe("rl");
		expect(entry.repo).toBe("https://github.com/volcengine/verl");
	});

	it("gives a template without frontmatter the standard frontmatter", () => {
		const text = render(draft(), "Just {{name}}\n");
		expect(text.endsWith("---\nJust veRL\n")).toBe(true);
		expect(parse(text).entry.name).toBe("veRL");
	});

	it.each([
		["---\nname: [unclosed\n---\n", "template-frontmatter"],
		["---\nname: x\n", "template-frontmatter"],
		["---js\n{}\n---\n", "template-frontmatter"],
		["---\n- a list\n---\n", "template-frontmatter"],
	])("reports an unusable template instead of writing a broken note: %j", (template, code) => {
		const result = renderEntryNote(draft(), context(), EN, template);
		expect(result).toEqual({ ok: false, error: expect.objectContaining({ code }) });
	});
});

describe("a template's prototype-named keys", () => {
	it("keeps __proto__ and constructor as fields, filled, without touching any prototype", () => {
		const template = '---\ntags: "{{tags}}"\n__proto__: "{{name}} notes"\nextra:\n  __proto__: { polluted: "{{name}}" }\n  constructor: plain\n---\nBody\n';
		const text = render(draft(), template);
		const split = splitFrontmatter(text);
		if (split.kind !== "yaml") throw new Error(`no YAML frontmatter in:\n${text}`);
		const data = parseFrontmatterYaml(split.yaml) as Record<string, unknown>;
		expect(Object.getOwnPropertyDescriptor(data, "__proto__")?.value).toBe("veRL notes");
		const extra = data.extra as Record<string, unknown>;
		expect(Object.getOwnPropertyDescriptor(extra, "__proto__")?.value).toEqual({ polluted: "veRL" });
		expect(extra.constructor).toBe("plain");
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(parse(text).entry.name).toBe("veRL");
	});
});
