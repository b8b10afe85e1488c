import { splitFrontmatter } from "../../src/core/parse/frontmatter-split";
import type { ImportPlan, PlannedNote } from "../../src/core/import/import-plan";
import { parseFrontmatterYaml } from "../../src/core/parse/yaml-engine";

/** The body of a planned note without its generated `# Name` heading (preambles have none). */
export function carriedBody(note: PlannedNote): string[] {
	const split = splitFrontmatter(note.text);
	if (split.kind !== "yaml") throw new Error(`${note.path} has no frontmatter`);
	const lines = split.body.split("\n");
	if (lines[lines.length - 1] === "") lines.pop();
	if (note.kind === "preamble") return lines;
	expect(lines[0]).toBe(`# ${note.name}`);
	return lines.slice(lines[1] === "" ? 2 : 1);
}

export function frontmatterOf(note: PlannedNote): Record<string, unknown> {
	const split = splitFrontmatter(note.text);
	if (split.kind !== "yaml") throw new Error(`${note.path} has no frontmatter`);
	return parseFrontmatterYaml(split.yaml) as Record<string, unknown>;
}

/** Lines a note carries verbatim: content, and category headings (which land in their stage's overview). */
const CARRIED_ROLES = new Set(["content", "category-heading"]);

/** The body's non-blank lines without the `## <section>` headings the import added for a framework listed twice. */
function carriedLines(note: PlannedNote): string[] {
	const added = [...note.addedHeadings];
	return carriedBody(note).filter((line) => {
		if (line.trim() === "") return false;
		const at = added.indexOf(line);
		if (at === -1) return true;
		added.splice(at, 1);
		return false;
	});
}

/**
 * Line-by-line losslessness: every non-empty outline line that is not a stage or entry heading is
 * mapped to exactly one note, and each note's body is exactly its mapped lines, in outline order,
 * with only the outline's own blank lines between them (plus one added heading per repeat of a framework).
 */
export function expectLossless(outline: string, plan: ImportPlan): void {
	const outlineLines = outline.replace(/^\uFEFF/, "").split(/\r?\n/);
	const byPath = new Map(plan.notes.map((n) => [n.path, n]));
	expect(byPath.size).toBe(plan.notes.length);
	for (const [index, text] of outlineLines.entries()) {
		const mapped = plan.lines.filter((m) => m.line === index + 1);
		if (index === outlineLines.length - 1 && text === "") continue;
		expect(mapped).toHaveLength(1);
		expect(mapped[0]!.text).toBe(text);
		if (text.trim() === "") continue;
		if (mapped[0]!.role === "stage-heading") continue;
		expect(mapped[0]!.target).not.toBeNull();
		expect(byPath.has(mapped[0]!.target!)).toBe(true);
	}
	for (const note of plan.notes) {
		const expected = plan.lines.filter((m) => CARRIED_ROLES.has(m.role) && m.target === note.path).map((m) => m.text);
		expect(carriedLines(note)).toEqual(expected);
		// The note's source lines cover its body plus its own heading.
		expect(note.sourceLines).toEqual(plan.lines.filter((m) => m.target === note.path).map((m) => m.line));
	}
	const carriedCount = plan.notes.reduce((n, note) => n + carriedLines(note).length, 0);
	const contentCount = outlineLines.filter((_, i) => CARRIED_ROLES.has(plan.lines[i]?.role ?? "")).length;
	expect(carriedCount).toBe(contentCount);
}
