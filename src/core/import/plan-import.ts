import { composeNote, type FrontmatterValue } from "../notes/frontmatter-writer";
import { findLinks, findRepo } from "./entry-links";
import type { ImportOptions, ImportPlan, LineMapping, PlannedNote, PlannedNoteKind } from "./import-plan";
import { fileNameFor, PathAllocator } from "./note-paths";
import { isBlank, splitOutlineLines, type OutlineLine } from "./outline-lines";
import { readOutlineStructure, type OutlineEntry, type OutlineStage } from "./outline-structure";

export const ENTRY_TAG = "framework";
export const STAGE_OVERVIEW_TAG = "framework-stage";
export const PREAMBLE_TAG = "framework-outline";

/**
 * Turns an outline note into a plan of new notes. Pure: nothing is written here.
 * Lossless by construction: every line that is not a stage or entry heading is copied verbatim
 * into exactly one planned note, and `lines` records which.
 */
export function planImport(outline: string, options: ImportOptions): ImportPlan {
	const lines = splitOutlineLines(outline);
	const structure = readOutlineStructure(lines, options.vocabulary);
	const paths = new PathAllocator(options.folder);
	const targets = new Map<number, string>();
	const notes: PlannedNote[] = [];
	const add = (kind: PlannedNoteKind, name: string, stage: string | null, fields: Record<string, FrontmatterValue | undefined>, body: string, carried: OutlineLine[], path: string) => {
		for (const line of carried) targets.set(line.number, path);
		notes.push({ kind, path, name, stage, text: composeNote(fields, body), status: options.exists(path) ? "skip" : "create", sourceLines: carried.filter((l) => !isBlank(l)).map((l) => l.number) });
	};

	const preamble = trimBlank(structure.preamble);
	if (preamble.length > 0) {
		const name = preamble.find((l) => l.heading?.level === 1)?.heading?.text ?? options.preambleName;
		add("preamble", name, null, { tags: [PREAMBLE_TAG] }, joinLines(preamble) + "\n", preamble, paths.allocate(fileNameFor(name, options.preambleName)));
	}
	for (const stage of structure.stages) {
		const overview = trimBlank(stage.overview);
		if (overview.length > 0 && stage.heading) {
			const name = stage.heading.heading!.text;
			add("stage-overview", name, stage.stage, { tags: [STAGE_OVERVIEW_TAG], stage: stage.stage, stage_heading: stage.unknownHeading ?? undefined }, titled(name, overview), overview, paths.allocate(fileNameFor(name, stage.stage)));
		}
		const basenames = new Map<OutlineEntry, string>();
		for (const entry of stage.entries) {
			const path = paths.allocate(fileNameFor(entry.name, `line ${firstLine(entry)}`));
			basenames.set(entry, path.slice(path.lastIndexOf("/") + 1, -".md".length));
			const content = trimBlank(entry.content);
			const carried = entry.heading ? [entry.heading, ...content] : content;
			add("entry", entry.name, stage.stage, entryFields(entry, stage, content, basenames), titled(entry.name, content), carried, path);
		}
	}
	const stageHeadings = new Map(structure.stages.flatMap((s) => (s.heading ? [[s.heading.number, { id: s.stage, known: s.unknownHeading === null }] as const] : [])));
	const entryHeadings = new Set(structure.stages.flatMap((s) => s.entries.flatMap((e) => (e.heading ? [e.heading.number] : []))));
	return { notes, lines: lines.map((line) => mapLine(line, stageHeadings, entryHeadings, targets)) };
}

function entryFields(entry: OutlineEntry, stage: OutlineStage, content: OutlineLine[], basenames: Map<OutlineEntry, string>): Record<string, FrontmatterValue | undefined> {
	const repo = findRepo(content);
	const links = findLinks(content, repo);
	const parent = entry.parent ? basenames.get(entry.parent) : undefined;
	return {
		tags: [ENTRY_TAG],
		stage: stage.stage,
		stage_heading: stage.unknownHeading ?? undefined,
		name: entry.name,
		repo: repo ?? undefined,
		links: links.length > 0 ? links.map(({ label, url }) => ({ label, url })) : undefined,
		based_on: parent === undefined ? undefined : `[[${parent}]]`,
		starred: entry.starred ? true : undefined,
		summary: entry.summary ?? undefined,
	};
}

function mapLine(line: OutlineLine, stageHeadings: Map<number, { id: string; known: boolean }>, entryHeadings: Set<number>, targets: Map<number, string>): LineMapping {
	const base = { line: line.number, text: line.text };
	const stage = stageHeadings.get(line.number);
	if (stage) return { ...base, role: "stage-heading", target: null, stage };
	if (isBlank(line)) return { ...base, role: "blank", target: null };
	return { ...base, role: entryHeadings.has(line.number) ? "entry-heading" : "content", target: targets.get(line.number) ?? null };
}

/** The note's own `# Name` heading, then the carried lines exactly as written. */
function titled(name: string, content: OutlineLine[]): string {
	return content.length === 0 ? `# ${name}\n` : `# ${name}\n\n${joinLines(content)}\n`;
}

function joinLines(lines: readonly OutlineLine[]): string {
	return lines.map((l) => l.text).join("\n");
}

/** Drops blank lines at both ends; blank lines inside stay as written. */
function trimBlank(lines: readonly OutlineLine[]): OutlineLine[] {
	let start = 0;
	let end = lines.length;
	while (start < end && isBlank(lines[start]!)) start++;
	while (end > start && isBlank(lines[end - 1]!)) end--;
	return lines.slice(start, end);
}

function firstLine(entry: OutlineEntry): number {
	return entry.heading?.number ?? entry.content[0]?.number ?? 0;
}
