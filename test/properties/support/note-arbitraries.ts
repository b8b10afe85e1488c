/** Generated notes: frontmatter with anchors, aliases, merge keys, flow and block collections; bodies with sources and fences. */
import fc from "fast-check";
import { lineText, trickyText } from "./text-arbitraries";

const KEYS = ["tags", "tag", "name", "name_zh", "name_en", "stage", "summary", "summary_zh", "links", "sources", "repo", "based_on", "starred", "__proto__", "constructor"];
const key = fc.oneof(fc.constantFrom(...KEYS), lineText(3));
const anchor = fc.integer({ min: 0, max: 5 }).map((n) => `a${n}`);

const scalar = fc.oneof(
	lineText(4),
	fc.constantFrom("framework", "framework/rl", "[framework]", "[framework, rl]", "rl", "强化学习", "true", "null", "~", "https://github.com/volcengine/verl", "javascript:alert(1)", "[[veRL]]", '"[[veRL]]"', "{ label: x, url: https://x.org }"),
	lineText(3).map((t) => JSON.stringify(t)),
	lineText(3).map((t) => `'${t.replace(/'/g, "''")}'`),
	fc.tuple(anchor, lineText(2)).map(([a, t]) => `&${a} ${t}`),
	anchor.map((a) => `*${a}`),
);

/** One top-level field, possibly spanning lines (block list, nested mapping, merge key). */
const field: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`) },
	{ weight: 2, arbitrary: fc.tuple(key, fc.array(scalar, { maxLength: 4 })).map(([k, items]) => [`${k}:`, ...items.map((i) => `  - ${i}`)].join("\n")) },
	{ weight: 1, arbitrary: fc.tuple(key, anchor, fc.array(fc.tuple(key, scalar), { maxLength: 3 })).map(([k, a, pairs]) => [`${k}: &${a}`, ...pairs.map(([pk, pv]) => `  ${pk}: ${pv}`)].join("\n")) },
	{ weight: 1, arbitrary: fc.tuple(key, anchor).map(([k, a]) => `${k}:\n  <<: *${a}\n  name: merged`) },
	{ weight: 1, arbitrary: fc.tuple(key, fc.array(fc.tuple(scalar, scalar), { maxLength: 3 })).map(([k, items]) => [`${k}:`, ...items.flatMap(([l, u]) => [`  - label: ${l}`, `    url: ${u}`])].join("\n")) },
	{ weight: 1, arbitrary: trickyText(6) },
);

const bodyLine = fc.oneof(
	lineText(6),
	fc.constantFrom("## Sources", "## 来源", "### Sources ###", "```", "~~~", "    indented code", "---", "# Title", "", "<details>", "</details>"),
	fc.tuple(fc.constantFrom("2025-07-02 12:00", "2025-07-02 12:00:01", "2025-13-40 25:61", "2025/6/1"), lineText(3), fc.constantFrom("https://example.org/a", "javascript:alert(1)", "file:///etc/passwd", "", "http://[::1]/"))
		.map(([d, t, u]) => `- ${d} [${t}](${u})`),
);

export interface NoteShape {
	bom: boolean;
	crlf: boolean;
	opening: string;
	closed: boolean;
	fields: string[];
	body: string[];
	trailingNewline: boolean;
}

export const noteShape: fc.Arbitrary<NoteShape> = fc.record({
	bom: fc.boolean(),
	crlf: fc.boolean(),
	opening: fc.oneof({ weight: 8, arbitrary: fc.constant("---") }, { weight: 1, arbitrary: fc.constantFrom("---js", "--- yaml", "----", "", "---coffee", "--- \t") }),
	closed: fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
	fields: fc.array(field, { maxLength: 10 }),
	body: fc.array(bodyLine, { maxLength: 12 }),
	trailingNewline: fc.boolean(),
});

/** Most generated notes carry the entry tag, so the parse gets past its cheap pre-filter. */
export function noteText(shape: NoteShape): string {
	const fields = shape.fields.some((f) => f.startsWith("tags:")) ? shape.fields : ["tags: [framework]", ...shape.fields];
	const lines = [shape.opening, ...fields, ...(shape.closed ? ["---"] : []), ...shape.body];
	const eol = shape.crlf ? "\r\n" : "\n";
	return (shape.bom ? "\ufeff" : "") + lines.join(eol) + (shape.trailingNewline ? eol : "");
}

export const generatedNote: fc.Arbitrary<string> = noteShape.map(noteText);
