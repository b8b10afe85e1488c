import { SeededRandom } from "../../../bench/seeded-random";
import { composeNote, writeFrontmatter, type FrontmatterValue } from "../../../src/core/notes/frontmatter-writer";
import { splitFrontmatter } from "../../../src/core/parse/frontmatter-split";
import { parseNote } from "../../../src/core/parse/note-parser";
import { parseFrontmatterYaml } from "../../../src/core/parse/yaml-engine";
import { DEFAULT_OPTIONS } from "../../support/note-fixtures";

/** What our reader makes of a written note: the same split + gray-matter + YAML path every note takes. */
function readBack(text: string): unknown {
	const split = splitFrontmatter(text);
	if (split.kind !== "yaml") throw new Error(`not a YAML frontmatter note: ${split.kind}`);
	return parseFrontmatterYaml(split.yaml);
}

function roundTrip(fields: Record<string, FrontmatterValue>): unknown {
	return readBack(composeNote(fields, "Body.\n"));
}

const TRICKY = [
	"yes", "no", "Yes", "NO", "on", "off", "y", "n", "true", "False", "null", "Null", "~", "",
	"2025-07-02", "2025-07-02 14:01:48", "12:30", "1:2:3", "0x1F", "0o17", "0123", "1e3", "-1", "+1", ".5", "1_000", ".inf", "-.Inf", ".NaN",
	"#tag", "a #b", "a#b", "a: b", "a:b", "a:", ":", "- x", "-", "--", "---", "--- x", "...", "? x", "?", "[x]", "{x}", "[[veRL]]", "a, b", "x]", "x}",
	"'q'", "\"q\"", "it's", "say \"hi\"", "@x", "`x`", "|", ">", "|-", "> x", "*a", "&a", "!t", "!!str x", "%", "%YAML 1.2", "<<", "=",
	" leading", "trailing ", "  both  ", "line\nbreak", "trailing newline\n", "\n", "cr\r\nlf", "tab\there", "\ttab", "tab\t",
	"多模态二创", "盘一盘，2017年Transformer之后：LLM领域的重要论文", "中文：冒号", "🌈", "emoji 🌈 in text", "a\u00a0nbsp", "\u00a0", "zero\u200bwidth",
	"\ufeffbom", "bom\ufeff", "del\u007f", "c1\u0085nel", "c1\u0080", "ls\u2028ps\u2029", "nul\u0000", "bell\u0007", "esc\u001b[0m", "lone \ud83c surrogate", "\udc00",
	"back\\slash", "C:\\path\\x", "\\u0041", "https://github.com/volcengine/verl", "https://example.com/a#frag?x=1&y=2", "mailto:a@b.c",
	"{{name}} — {{stage}}", "a — b", "x".repeat(5000), "很长的中文".repeat(400),
];

/** Characters YAML 1.2 does not allow raw in a stream (its c-printable set, inverted), lone surrogates included. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const YAML_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

describe("writeFrontmatter reads back exactly what it was given", () => {
	it.each(TRICKY.map((s) => [JSON.stringify(s).slice(0, 60), s]))("the string %s as a value, a list item, a nested value and a key", (_label, text) => {
		const fields: Record<string, FrontmatterValue> = {
			value: text,
			list: [text, "after"],
			links: [{ label: text, url: "https://example.com" }],
			nested: { inner: text, [text]: "keyed" },
			[text]: text,
		};
		expect(roundTrip(fields)).toEqual(fields);
		// Strict YAML 1.2 readers refuse raw characters outside its printable set, even inside quotes.
		expect(writeFrontmatter(fields)).not.toMatch(YAML_NON_PRINTABLE);
	});

	it("through parseNote, an entry's name and summary come back (trimmed, as the reader trims every text field)", () => {
		for (const text of TRICKY) {
			const note = composeNote({ tags: ["framework"], stage: "rl", name: "Entry", summary: text }, "# Entry\n");
			const parsed = parseNote("Frameworks/Entry.md", note, DEFAULT_OPTIONS);
			expect(parsed.kind).toBe("entry");
			if (parsed.kind !== "entry") continue;
			expect(parsed.entry.summary).toBe(text.trim() === "" ? null : text.trim());
			expect(parsed.warnings).toEqual([]);
		}
	});

	it("holds for thousands of random strings built from YAML's special characters", () => {
		const random = new SeededRandom(20260702);
		const pieces = ["a", "Z", "0", "9", ".", "-", "+", "_", ":", " ", "#", "'", '"', "`", "@", "&", "*", "!", "|", ">", "%", "?", ",", "[", "]", "{", "}", "\\", "/", "=", "<", "~", "\t", "\n", "\r", "中", "，", "：", "🌈", "\u00a0", "\u0085", "\u2028", "\ufeff", "\u007f", "\ufffe", "\ud83c", "yes", "null", "0x", "1e", "---", "..."];
		for (let i = 0; i < 3000; i++) {
			let text = "";
			const length = random.int(0, 12);
			for (let j = 0; j < length; j++) text += random.pick(pieces);
			const fields = { value: text, list: [text], [text]: 1 };
			expect([text, roundTrip(fields)]).toEqual([text, fields]);
			expect(writeFrontmatter(fields)).not.toMatch(YAML_NON_PRINTABLE);
		}
	});

	it("keeps numbers, booleans and null exactly, including -0, infinities and NaN", () => {
		const random = new SeededRandom(7);
		const numbers = [0, -0, 1, -1, 0.1, 1 / 3, 1e21, 1e-7, 5e-324, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, Infinity, -Infinity, NaN];
		for (let i = 0; i < 500; i++) numbers.push((random.next() - 0.5) * 10 ** random.int(-20, 30), random.int(-1e9, 1e9));
		const fields = { numbers, flags: [true, false], nothing: { here: null }, count: 12 };
		const back = roundTrip(fields) as typeof fields;
		expect(back.numbers.length).toBe(numbers.length);
		back.numbers.forEach((n, i) => expect([i, Object.is(n, numbers[i])]).toEqual([i, true]));
		expect(back).toEqual(fields);
	});

	it("keeps nested shapes: lists of lists, empty lists and mappings, mappings in lists", () => {
		const fields: Record<string, FrontmatterValue> = {
			grid: [[1, 2], [], [["deep"]], {}],
			empty: [],
			none: {},
			people: [{ name: "A", tags: ["x", "y"], meta: { since: "2025-07-02" } }, { name: "B", tags: [] }],
		};
		expect(roundTrip(fields)).toEqual(fields);
	});

	it("keeps a __proto__ key as data, not as a prototype", () => {
		const fields = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as Record<string, FrontmatterValue>;
		const back = roundTrip(fields) as Record<string, unknown>;
		expect(Object.prototype.hasOwnProperty.call(back, "__proto__")).toBe(true);
		expect(Object.getOwnPropertyDescriptor(back, "__proto__")?.value).toEqual({ polluted: true });
		expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
	});
});

describe("writeFrontmatter output stays readable", () => {
	it("writes an entry in block style, plain wherever the text reads back as itself", () => {
		const text = writeFrontmatter({
			tags: ["framework", "rl/grpo", "多模态"],
			stage: "rl",
			name: "EasyR1",
			repo: "https://github.com/hiyouga/EasyR1",
			links: [{ label: "项目学习", url: "https://zread.ai/hiyouga/EasyR1" }],
			based_on: "[[veRL]]",
			starred: true,
			summary: "多模态二创：基于 veRL",
			date: "2025-07-02",
			time: "12:30",
			answer: "yes",
		});
		expect(text).toBe(
			[
				"---",
				"tags:",
				"  - framework",
				"  - rl/grpo",
				"  - 多模态",
				"stage: rl",
				"name: EasyR1",
				"repo: https://github.com/hiyouga/EasyR1",
				"links:",
				"  - label: 项目学习",
				"    url: https://zread.ai/hiyouga/EasyR1",
				'based_on: "[[veRL]]"',
				"starred: true",
				"summary: 多模态二创：基于 veRL",
				"date: 2025-07-02",
				'time: "12:30"',
				'answer: "yes"',
				"---",
				"",
			].join("\n"),
		);
	});

	it("quotes what a YAML 1.1 reader would take for a boolean, a base-60 number or a line break, like js-yaml's dumper", () => {
		expect(writeFrontmatter({ a: "yes", b: "Off", c: "12:30", d: "1:2:3.5", e: "x\u2028y", f: "x\u0085y", g: "tab\tinside", "<<": "merge" })).toBe(
			'---\na: "yes"\nb: "Off"\nc: "12:30"\nd: "1:2:3.5"\ne: "x\\u2028y"\nf: "x\\u0085y"\ng: "tab\\tinside"\n"<<": merge\n---\n',
		);
		expect(writeFrontmatter({ a: "yesterday", b: "12:30 pm", c: "2025-07-02", d: "-x", e: "x]" })).toBe("---\na: yesterday\nb: 12:30 pm\nc: 2025-07-02\nd: -x\ne: x]\n---\n");
	});

	it("quotes as JSON what would not read back plain", () => {
		expect(writeFrontmatter({ a: "a: b", b: "#tag", c: " x", d: "line\nbreak", e: "", f: "null", g: "say \"hi\"" })).toBe(
			'---\na: "a: b"\nb: "#tag"\nc: " x"\nd: "line\\nbreak"\ne: ""\nf: "null"\ng: say "hi"\n---\n',
		);
	});

	it("leaves out null and undefined fields, and writes an empty block when nothing is left", () => {
		expect(writeFrontmatter({ a: null, b: undefined, c: "kept" })).toBe("---\nc: kept\n---\n");
		expect(writeFrontmatter({ a: null })).toBe("---\n---\n");
	});

	it("keeps the body exactly, even one that starts with its own ---", () => {
		const body = "---\nnot: frontmatter\n---\ntext\n";
		expect(composeNote({ name: "x" }, body)).toBe(`---\nname: x\n---\n${body}`);
	});

	it("refuses what is not data rather than writing something else", () => {
		expect(() => writeFrontmatter({ list: [undefined as unknown as FrontmatterValue] })).toThrow(TypeError);
		expect(() => writeFrontmatter({ f: (() => 1) as unknown as FrontmatterValue })).toThrow(TypeError);
	});
});
