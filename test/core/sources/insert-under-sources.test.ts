import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { insertUnderSources } from "../../../src/core/sources/insert-under-sources";

const FIXTURES = join(__dirname, "../../fixtures/sources");
const LINE = readFileSync(join(FIXTURES, "inserted-line.txt"), "utf8").trim();
const CASES = readdirSync(FIXTURES)
	.filter((f) => f.endsWith(".md") && !f.endsWith(".expected.md"))
	.map((f) => f.replace(/\.md$/, ""))
	.sort();
// Cases where the note has no usable Sources heading: the insertion also adds the heading.
const CREATES_HEADING = new Set(["missing-heading", "missing-heading-no-newline", "fence-only", "not-a-sources-heading"]);

const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

/** The one contiguous chunk that was added: result = input[0..k] + chunk + input[k..]. */
function insertedChunk(input: string, result: string): string {
	let head = 0;
	while (head < input.length && input[head] === result[head]) head++;
	let tail = 0;
	while (tail < input.length - head && input[input.length - 1 - tail] === result[result.length - 1 - tail]) tail++;
	expect(result.slice(0, head) + result.slice(result.length - tail)).toBe(input);
	return result.slice(head, result.length - tail);
}

describe("insertUnderSources on fixture notes", () => {
	it("has the cases the issue lists", () => {
		expect(CASES).toEqual(expect.arrayContaining(["sub-headings", "no-trailing-newline", "crlf", "code-fence", "frontmatter-lookalike", "missing-heading"]));
	});

	it.each(CASES)("%s", (name) => {
		const input = read(`${name}.md`);
		const result = insertUnderSources(input, LINE, { newHeading: "Sources" });
		expect(result).toBe(read(`${name}.expected.md`));
		// Nothing but the line (and, when needed, the new heading) was added; every other byte is untouched.
		const chunk = insertedChunk(input, result);
		const eol = input.includes("\r\n") ? "\r\n" : "\n";
		if (CREATES_HEADING.has(name)) expect(chunk).toContain(`## Sources${eol}${LINE}`);
		else expect([LINE + eol, eol + LINE]).toContain(chunk);
	});

	it("keeps CRLF line breaks and never introduces a bare LF", () => {
		const result = insertUnderSources(read("crlf.md"), LINE, { newHeading: "Sources" });
		expect(result.replace(/\r\n/g, "")).not.toContain("\n");
	});

	it("writes a title with line breaks on one line", () => {
		const result = insertUnderSources("## Sources\n", "2025-07-02 14:01:48 Wednesday a\nb https://x.org", { newHeading: "Sources" });
		expect(result).toBe("## Sources\n2025-07-02 14:01:48 Wednesday a b https://x.org\n");
	});

	it("creates the heading in the language asked for, and in an empty note", () => {
		expect(insertUnderSources("", LINE, { newHeading: "来源" })).toBe(`## 来源\n${LINE}\n`);
		expect(insertUnderSources("正文\n\n", LINE, { newHeading: "来源" })).toBe(`正文\n\n## 来源\n${LINE}\n`);
	});

	it("accepts a configured heading spelling", () => {
		const note = "## Reading list\n\nold\n\n## Notes\n";
		expect(insertUnderSources(note, "new", { newHeading: "Sources", alsoAccept: ["Reading list"] })).toBe("## Reading list\n\nold\nnew\n\n## Notes\n");
	});

	it("a second insertion goes after the first", () => {
		const once = insertUnderSources(read("basic.md"), "first", { newHeading: "Sources" });
		const twice = insertUnderSources(once, "second", { newHeading: "Sources" });
		expect(twice).toContain("first\nsecond\n\n## Notes");
	});
});
