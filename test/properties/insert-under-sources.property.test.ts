/**
 * Inserting a source line changes no other byte: for generated notes (CRLF, BOM, code fences,
 * headings inside code, frontmatter, no trailing newline), removing one contiguous piece of the
 * result gives the note back exactly, that piece carries the line once, and line breaks follow the note.
 */
import fc from "fast-check";
import { insertUnderSources } from "../../src/core/sources/insert-under-sources";
import { PROPERTY_TIMEOUT, runs } from "./support/runs";
import { lineText } from "./support/text-arbitraries";

jest.setTimeout(PROPERTY_TIMEOUT);

const noteLine = fc.oneof(
	{ weight: 3, arbitrary: lineText(6) },
	{ weight: 2, arbitrary: fc.constantFrom("## Sources", "### 来源", "# Sources", "## Sources / 来源", "## Sources of error", "## Notes", "#### Sub", "## Summary ##", "   ## Sources", "    ## Sources") },
	{ weight: 2, arbitrary: fc.constantFrom("```", "~~~", "````md", "```js", "~~~~", "") },
	{ weight: 1, arbitrary: fc.constantFrom("---", "tags: [framework]", "- 2025-07-02 12:00 [old](https://example.org/old)", "<details>", "\t", " ") },
);

const note = fc
	.record({ bom: fc.boolean(), crlf: fc.boolean(), lines: fc.array(noteLine, { maxLength: 14 }), finalBreak: fc.boolean() })
	.map(({ bom, crlf, lines, finalBreak }) => {
		const eol = crlf ? "\r\n" : "\n";
		return (bom ? "\ufeff" : "") + lines.join(eol) + (finalBreak && lines.length > 0 ? eol : "");
	});

const sourceLine = lineText(5).map((t) => `- 2026-11-27 09:30 [${t || "x"}](https://example.org/new)`);

/** The one contiguous piece `result` has on top of `original`, or null when there is no such piece. */
function insertedPiece(original: string, result: string): string | null {
	const extra = result.length - original.length;
	if (extra <= 0) return null;
	let start = 0;
	while (start < original.length && original[start] === result[start]) start++;
	return result.slice(start + extra) === original.slice(start) ? result.slice(start, start + extra) : null;
}

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe("insertUnderSources", () => {
	it("adds one contiguous piece holding the line, and changes no other byte", () => {
		fc.assert(
			fc.property(note, sourceLine, (text, line) => {
				const result = insertUnderSources(text, line, { newHeading: "Sources" });
				const piece = insertedPiece(text, result);
				expect(piece).not.toBeNull();
				expect(count(result, line)).toBe(count(text, line) + 1);
				// CRLF notes get CRLF breaks only; LF notes never get a CR.
				if (text.includes("\r\n")) expect(piece!.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
				else expect(piece).not.toContain("\r");
			}),
			runs(500),
		);
	});

	it("the added line sits on a line of its own", () => {
		fc.assert(
			fc.property(note, sourceLine, (text, line) => {
				const lines = insertUnderSources(text, line, { newHeading: "来源" }).replace(/^\ufeff/, "").split(/\r?\n/);
				expect(lines.filter((l) => l === line).length).toBe(text.replace(/^\ufeff/, "").split(/\r?\n/).filter((l) => l === line).length + 1);
			}),
			runs(300),
		);
	});
});
