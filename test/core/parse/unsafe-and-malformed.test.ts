import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseNote, MAX_FRONTMATTER_CHARS } from "../../../src/core/parse/note-parser";
import { parseFrontmatterYaml } from "../../../src/core/parse/yaml-engine";
import { DEFAULT_OPTIONS, entryOf, fixtureText, parseFixture, problemOf } from "../../support/note-fixtures";

const ran = (name: string) => join(tmpdir(), `atlas-frontmatter-ran-${name}`);
// The fixtures would set this global if they ever ran.
const g = global as { __atlasFrontmatterRan?: string };

describe("code in frontmatter never runs", () => {
	beforeEach(() => {
		delete g.__atlasFrontmatterRan;
		for (const name of ["js", "javascript", "space-js", "upper-js", "coffee"]) rmSync(ran(name), { force: true });
	});

	it.each([
		["js", "js"],
		["javascript", "javascript"],
		["space-js", "js"],
		["upper-js", "JS"],
		["coffee", "coffee"],
	])("---%s frontmatter is a problem and its code is not executed", (name, language) => {
		const problem = problemOf(`unsafe/frontmatter-${name}.md`);
		expect(problem).toMatchObject({ path: `unsafe/frontmatter-${name}.md`, code: "frontmatter-language", params: { language } });
		expect(problem.message).toContain("never run");
		expect(g.__atlasFrontmatterRan).toBeUndefined();
		expect(existsSync(ran(name))).toBe(false);
	});

	it("the same code under a plain --- line is read as YAML text, never evaluated", () => {
		const asYaml = fixtureText("unsafe/frontmatter-js.md").replace(/^---js\n/, "---\n");
		const result = parseNote("as-yaml.md", asYaml, DEFAULT_OPTIONS);
		expect(result.kind).toBe("problem");
		expect(result).toMatchObject({ problem: { code: "yaml-invalid" } });
		expect(g.__atlasFrontmatterRan).toBeUndefined();
		expect(existsSync(ran("js"))).toBe(false);
	});

	it("yaml-engine refuses js-yaml 3 style JavaScript types", () => {
		expect(() => parseFrontmatterYaml("f: !!js/function 'function () { globalThis.__atlasFrontmatterRan = 1 }'")).toThrow();
		expect(g.__atlasFrontmatterRan).toBeUndefined();
	});
});

describe("malformed notes give a problem or an entry, never an exception", () => {
	it("invalid YAML is a problem with the parser's first message line", () => {
		const problem = problemOf("malformed/invalid-yaml.md");
		expect(problem).toMatchObject({ path: "malformed/invalid-yaml.md", code: "yaml-invalid" });
		expect(problem.message).toMatch(/^frontmatter is not valid YAML: /);
		expect(problem.message).not.toContain("\n");
	});

	it("frontmatter that is not key: value fields is a problem", () => {
		// The list mentions the tag, so it is worth reporting rather than ignoring.
		expect(problemOf("malformed/not-mapping.md").code).toBe("yaml-not-mapping");
	});

	it("empty and blank frontmatter are plain notes", () => {
		expect(parseFixture("malformed/empty-frontmatter.md")).toEqual({ kind: "ignored" });
		expect(parseFixture("malformed/blank-frontmatter.md")).toEqual({ kind: "ignored" });
		expect(parseNote("x.md", "---\ntags:\n---\n", DEFAULT_OPTIONS)).toEqual({ kind: "ignored" });
	});

	it("frontmatter without a closing line is a problem when it mentions the tag", () => {
		expect(problemOf("malformed/unclosed.md")).toMatchObject({ code: "frontmatter-unclosed", path: "malformed/unclosed.md" });
		expect(parseNote("x.md", "---\ntitle: hello\n", DEFAULT_OPTIONS)).toEqual({ kind: "ignored" });
		expect(parseNote("x.md", "---", DEFAULT_OPTIONS)).toEqual({ kind: "ignored" });
	});

	it("tags of a type no tag can come from make the note a problem", () => {
		expect(problemOf("malformed/tags-wrong-type.md")).toMatchObject({ code: "field-type", params: { field: "tags" } });
	});

	it("a BOM, CRLF line ends, or both, read the same as plain text", () => {
		expect(entryOf("malformed/bom.md").entry).toMatchObject({ name: "With BOM", stage: "rl", sources: [{ date: "2025-07-02T14:01:48", title: "bom source", url: null }] });
		expect(entryOf("malformed/crlf.md").entry).toMatchObject({
			name: "With CRLF",
			stage: "deploy",
			repo: "https://github.com/vllm-project/vllm",
			sources: [{ date: "2025-07-02T14:01:48", title: "crlf source", url: "https://example.com/crlf" }],
		});
		expect(entryOf("malformed/bom-crlf.md").entry).toMatchObject({ name: "bom-crlf", tags: ["framework"] });
		expect(entryOf("malformed/crlf.md").warnings).toEqual([]);
	});

	it("an alias bomb is refused before it expands", () => {
		const problem = problemOf("malformed/alias-bomb.md");
		expect(problem).toMatchObject({ code: "yaml-aliases", params: { count: "81" } });
	});

	it("a small alias bomb under the limit is read without walking its expansion", () => {
		const { entry, warnings } = entryOf("malformed/alias-bomb-small.md");
		expect(entry.links).toEqual([]);
		expect(entry.sources).toEqual([]);
		expect(warnings.map((w) => w.params.field)).toEqual(["links", "links", "links", "links", "links", "links", "links", "links", "sources", "sources", "sources", "sources", "sources", "sources", "sources", "sources"]);
		// The index and JSON output only ever hold the entry, never the raw frontmatter.
		expect(JSON.stringify(entry).length).toBeLessThan(1000);
	});

	it("a 5 MB note with a small frontmatter is an entry with every source line read", () => {
		const prose = "Some prose about the framework, repeated to make the note large: 2025 was a busy year.\n".repeat(49);
		const block = prose + "- 2025-07-02 14:01:48 Wednesday a source line https://example.com/x\n";
		const big = fixtureText("fields/name-default.md") + block.repeat(Math.ceil((5 * 1024 * 1024) / block.length));
		expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
		// How long it takes is measured by the benchmarks (npm run bench), not here.
		const result = parseNote("big.md", big, DEFAULT_OPTIONS);
		expect(result.kind).toBe("entry");
		if (result.kind === "entry") expect(result.entry.sources).toHaveLength(Math.ceil((5 * 1024 * 1024) / block.length));
	});

	it("a 5 MB frontmatter is a problem, not parsed", () => {
		const text = `---\ntags: [framework]\nsummary: "${"x".repeat(5 * 1024 * 1024)}"\n---\n`;
		const result = parseNote("huge.md", text, DEFAULT_OPTIONS);
		expect(result).toMatchObject({ kind: "problem", problem: { path: "huge.md", code: "note-too-large" } });
		expect(MAX_FRONTMATTER_CHARS).toBeLessThan(text.length);
	});

	it("never throws on hostile input", () => {
		const inputs = [
			"---\ntags: [framework]\n__proto__: { polluted: true }\nconstructor: x\n---\n",
			"---\ntags: [framework]\nname: !!js/function 'function(){}'\n---\n",
			"---\ntags: [framework]\nname: !!binary aGVsbG8=\n---\n",
			"---\ntags: [framework]\n" + "a: [".repeat(5000) + "\n---\n",
			"---\ntags: [framework]\nstage: " + "\u0000\uFFFF\uD800" + "\n---\n",
			"---\ntags: [framework]\nsources: [{ date: 2025-07-02 14:01, title: { a: 1 }, url: [1] }]\n---\n",
			"\uFEFF---\r\n---\r\n",
			"",
			"---\n---\n---\n",
		];
		for (const text of inputs) {
			expect(() => parseNote("hostile.md", text, DEFAULT_OPTIONS)).not.toThrow();
		}
		expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
	});
});

describe("a key written twice is a problem naming the key and the line, as Obsidian refuses such frontmatter", () => {
	it.each([
		["duplicate-keys/two-tags.md", "tags", 5],
		["duplicate-keys/quoted-crlf-bom.md", "name", 4],
		["duplicate-keys/nested.md", "label", 7],
		["duplicate-keys/cjk-key.md", "阶段", 5],
	])("%s: %s again at line %i", (path, key, line) => {
		const problem = problemOf(path);
		expect(problem).toMatchObject({ path, code: "yaml-duplicate-key", params: { key, line: String(line) } });
		expect(problem.message).toBe(`frontmatter has the key "${key}" twice (again at line ${line}); Obsidian cannot read it`);
	});

	it("the same key in two different mappings is no duplicate", () => {
		const { entry, warnings } = entryOf("duplicate-keys/same-key-two-mappings.md");
		expect(entry.links.map((l) => l.label)).toEqual(["docs", "paper"]);
		expect(warnings).toEqual([]);
	});
});
