import type { EntryLink } from "../model/entry";
import { composeNote, type FrontmatterValue } from "../notes/frontmatter-writer";
import { normalizeRepoUrl } from "../parse/safe-url";
import { DEFAULT_SETTINGS } from "../settings/atlas-settings";
import { foldForMatch } from "../text/fold";
import { cleanName } from "./clean-name";
import { findLinks, findRepo } from "./entry-links";
import type { ImportOptions, ImportPlan, LineMapping, PlannedNote, PlannedNoteKind, PlannedStage, StageMapping } from "./import-plan";
import { fileNameFor, PathAllocator } from "./note-paths";
import { isBlank, splitOutlineLines, type OutlineLine } from "./outline-lines";
import { readOutlineStructure } from "./outline-structure";
import type { OutlineEntry, OutlineStage } from "./outline-types";
import { mapStages } from "./stage-mapping";

export const STAGE_OVERVIEW_TAG = "framework-stage";
export const PREAMBLE_TAG = "framework-outline";

/** A framework listed again elsewhere: its lines join the first entry's note under `## <section>`. */
interface Repeat {
	section: string;
	lines: OutlineLine[];
}

/**
 * Turns an outline note into a plan of new notes. Pure: nothing is written here.
 * Lossless by construction: every line that is not a stage or entry heading is copied verbatim
 * into exactly one planned note, and `lines` records which.
 */
export function planImport(outline: string, options: ImportOptions): ImportPlan {
	const lines = splitOutlineLines(outline);
	const structure = readOutlineStructure(lines, options.vocabulary);
	const mappings = mapStages(structure.stages, options);
	const repeats = findRepeats(structure.stages, options.preambleName);
	const paths = new PathAllocator(options.folder);
	const targets = new Map<number, string>();
	const roles = new Map<number, LineMapping["role"]>();
	const notes: PlannedNote[] = [];
	const add = (kind: PlannedNoteKind, name: string, stage: string | null, fields: Record<string, FrontmatterValue | undefined>, body: string, carried: OutlineLine[], path: string, addedHeadings: string[] = []) => {
		for (const line of carried) targets.set(line.number, path);
		notes.push({ kind, path, name, stage, text: composeNote(fields, body), status: options.exists(path) ? "skip" : "create", sourceLines: carried.filter((l) => !isBlank(l)).map((l) => l.number).sort((a, b) => a - b), addedHeadings });
	};

	const preamble = trimBlank(structure.preamble);
	if (preamble.length > 0) {
		const title = preamble.find((l) => l.heading?.level === 1)?.heading?.text;
		const name = title === undefined || cleanName(title) === "" ? options.preambleName : cleanName(title);
		add("preamble", name, null, { tags: [PREAMBLE_TAG] }, joinLines(preamble) + "\n", preamble, paths.allocate(fileNameFor(name, options.preambleName)));
	}
	const planned: PlannedStage[] = [];
	const basenames = new Map<OutlineEntry, string>();
	for (const stage of structure.stages) {
		const mapping = mappings.of.get(stage)!;
		const stageHeading = mapping.kind === "uncategorized" && stage.heading ? stage.title : undefined;
		const overview = trimBlank([...stage.overview].sort((a, b) => a.number - b.number));
		if (overview.length > 0 && stage.heading) {
			const name = stage.title;
			add("stage-overview", name, mapping.stage, { tags: [STAGE_OVERVIEW_TAG], stage: mapping.stage, stage_heading: stageHeading }, titled(name, overview), overview, paths.allocate(fileNameFor(name, mapping.stage)));
		}
		const entries: PlannedStage["entries"] = [];
		for (const entry of stage.entries) {
			const first = repeats.firstOf.get(entry);
			if (first !== undefined) {
				if (entry.heading) roles.set(entry.heading.number, "content");
				continue;
			}
			const path = paths.allocate(fileNameFor(entry.name, `line ${firstLine(entry)}`));
			basenames.set(entry, path.slice(path.lastIndexOf("/") + 1, -".md".length));
			const again = repeats.of.get(entry) ?? [];
			const content = trimBlank(entry.content);
			const carried = [...(entry.heading ? [entry.heading] : []), ...content, ...again.flatMap((r) => r.lines)];
			const body = titled(entry.name, content) + again.map((r) => `\n## ${r.section}\n\n${joinLines(r.lines)}\n`).join("");
			add("entry", entry.name, mapping.stage, entryFields(entry, mapping, stageHeading, [...content, ...again.flatMap((r) => r.lines)], (e) => basenames.get(repeats.firstOf.get(e) ?? e), repeats.tagsOf(entry), options.entryTag ?? DEFAULT_SETTINGS.entryTag), body, carried, path, again.map((r) => `## ${r.section}`));
			entries.push({ name: entry.name, path });
		}
		planned.push({ line: stage.heading?.number ?? null, title: stage.title, mapping, categories: stage.categories, entries });
	}
	for (const line of structure.categoryLines) roles.set(line, "category-heading");
	const stageHeadings = new Map(structure.stages.flatMap((s) => (s.heading ? [[s.heading.number, toLineStage(mappings.of.get(s)!)] as const] : [])));
	const entryHeadings = new Set(structure.stages.flatMap((s) => s.entries.flatMap((e) => (e.heading ? [e.heading.number] : []))));
	return {
		notes,
		lines: lines.map((line) => mapLine(line, stageHeadings, entryHeadings, roles, targets)),
		// A stage is added only for notes this run writes: re-running over existing notes adds nothing.
		structure: { stageLevel: structure.stageLevel, stages: planned, newStages: mappings.newStages.filter((s) => notes.some((n) => n.status === "create" && n.stage === s.id)) },
	};
}

interface Repeats {
	/** A repeated entry → the first entry of the same framework. */
	firstOf: Map<OutlineEntry, OutlineEntry>;
	/** The first entry → the other places it is listed. */
	of: Map<OutlineEntry, Repeat[]>;
	tagsOf(entry: OutlineEntry): string[];
}

/** One entry per framework: the same repository, or the same name, listed again is a repeat of the first. */
function findRepeats(stages: readonly OutlineStage[], fallbackSection: string): Repeats {
	const firstOf = new Map<OutlineEntry, OutlineEntry>();
	const of = new Map<OutlineEntry, Repeat[]>();
	const byRepo = new Map<string, OutlineEntry>();
	const byName = new Map<string, OutlineEntry>();
	const extraTags = new Map<OutlineEntry, string[]>();
	for (const entry of stages.flatMap((s) => s.entries)) {
		// Derivatives keep their own notes: their place under a parent is what they say.
		if (entry.parent !== null) continue;
		const repo = entryRepo(entry);
		const repoKey = repo === null ? null : normalizeRepoUrl(repo);
		const nameKey = foldForMatch(entry.name);
		const first = (repoKey === null ? undefined : byRepo.get(repoKey)) ?? byName.get(nameKey);
		if (first === undefined) {
			if (repoKey !== null) byRepo.set(repoKey, entry);
			byName.set(nameKey, entry);
			continue;
		}
		firstOf.set(entry, first);
		const lines = trimBlank([...(entry.heading ? [entry.heading] : []), ...entry.content]);
		of.set(first, [...(of.get(first) ?? []), { section: entry.section === "" ? fallbackSection : entry.section, lines }]);
		extraTags.set(first, [...(extraTags.get(first) ?? []), ...entry.tags]);
	}
	return { firstOf, of, tagsOf: (entry) => [...new Set([...entry.tags, ...(extraTags.get(entry) ?? [])])] };
}

const repoCache = new WeakMap<OutlineEntry, string | null>();

function entryRepo(entry: OutlineEntry): string | null {
	let repo = repoCache.get(entry);
	if (repo === undefined) {
		repo = entry.repo ?? findRepo(entry.content);
		repoCache.set(entry, repo);
	}
	return repo;
}

function entryFields(entry: OutlineEntry, mapping: StageMapping, stageHeading: string | undefined, content: OutlineLine[], basenameOf: (entry: OutlineEntry) => string | undefined, tags: string[], entryTag: string): Record<string, FrontmatterValue | undefined> {
	const repo = entryRepo(entry);
	const links = withOwnLink(entry.link, findLinks(content, repo));
	const parent = entry.parent ? basenameOf(entry.parent) : undefined;
	return {
		tags: [entryTag, ...tags.filter((tag) => tag !== entryTag)],
		stage: mapping.stage,
		stage_heading: stageHeading,
		name: entry.name,
		repo: repo ?? undefined,
		links: links.length > 0 ? links.map(({ label, url }) => ({ label, url })) : undefined,
		based_on: parent === undefined ? undefined : `[[${parent}]]`,
		starred: entry.starred ? true : undefined,
		summary: entry.summary ?? undefined,
	};
}

/** The item's own docs/blog link first, then `label：url` lines, each URL once. */
function withOwnLink(own: EntryLink | null, links: EntryLink[]): EntryLink[] {
	if (own === null) return links;
	const key = normalizeRepoUrl(own.url);
	return [own, ...links.filter((l) => normalizeRepoUrl(l.url) !== key)];
}

function toLineStage(mapping: StageMapping): { id: string; known: boolean } {
	return { id: mapping.stage, known: mapping.kind !== "uncategorized" };
}

function mapLine(line: OutlineLine, stageHeadings: Map<number, { id: string; known: boolean }>, entryHeadings: Set<number>, roles: Map<number, LineMapping["role"]>, targets: Map<number, string>): LineMapping {
	const base = { line: line.number, text: line.text };
	const stage = stageHeadings.get(line.number);
	if (stage) return { ...base, role: "stage-heading", target: null, stage };
	if (isBlank(line)) return { ...base, role: "blank", target: null };
	const role = roles.get(line.number) ?? (entryHeadings.has(line.number) ? "entry-heading" : "content");
	return { ...base, role, target: targets.get(line.number) ?? null };
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
