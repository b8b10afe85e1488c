import { UNCATEGORIZED, type StageId, type StageVocabulary } from "../stages/stage-vocabulary";
import { parseEntryHeading, type EntryHeading } from "./heading-name";
import { isTopLevelListItem, listItemTitle } from "./list-item-title";
import type { OutlineLine } from "./outline-lines";

/** One future entry note: named by a `###`/`####` heading, or by a top-level list item. */
export interface OutlineEntry extends EntryHeading {
	/** The `###`/`####` line; null when a list item named the entry (that item is then its first content line). */
	heading: OutlineLine | null;
	/** The entry this `####` heading derives from (`based_on`). */
	parent: OutlineEntry | null;
	content: OutlineLine[];
}

export interface OutlineStage {
	/** The `##` line; null for entries that appear before any stage heading. */
	heading: OutlineLine | null;
	stage: StageId;
	/** The heading text when the vocabulary does not know it (the stage is then `uncategorized`). */
	unknownHeading: string | null;
	/** Lines between the stage heading and its first entry. */
	overview: OutlineLine[];
	entries: OutlineEntry[];
}

export interface OutlineStructure {
	/** Lines before the first stage or entry heading. */
	preamble: OutlineLine[];
	stages: OutlineStage[];
}

const STAGE_LEVEL = 2;
const ENTRY_LEVEL = 3;
const DERIVATIVE_LEVEL = 4;

export function readOutlineStructure(lines: readonly OutlineLine[], vocabulary: StageVocabulary): OutlineStructure {
	const structure: OutlineStructure = { preamble: [], stages: [] };
	let stage: OutlineStage | null = null;
	let sectionLines: OutlineLine[] = [];
	const close = () => {
		if (stage) fillStage(stage, sectionLines);
		sectionLines = [];
	};
	for (const line of lines) {
		const level = line.heading?.level;
		if (level === STAGE_LEVEL) {
			close();
			stage = openStage(line, vocabulary);
			structure.stages.push(stage);
		} else if (stage === null && (level === ENTRY_LEVEL || level === DERIVATIVE_LEVEL) && parseEntryHeading(line.heading!.text)) {
			// Entries written before any stage heading still become entries, under "uncategorized".
			stage = { heading: null, stage: UNCATEGORIZED, unknownHeading: null, overview: [], entries: [] };
			structure.stages.push(stage);
			sectionLines.push(line);
		} else if (stage === null) structure.preamble.push(line);
		else sectionLines.push(line);
	}
	close();
	return structure;
}

function openStage(line: OutlineLine, vocabulary: StageVocabulary): OutlineStage {
	const text = line.heading!.text;
	const known = vocabulary.resolve(text);
	return { heading: line, stage: known ?? UNCATEGORIZED, unknownHeading: known === null ? text : null, overview: [], entries: [] };
}

function entryHeading(line: OutlineLine): EntryHeading | null {
	const level = line.heading?.level;
	return level === ENTRY_LEVEL || level === DERIVATIVE_LEVEL ? parseEntryHeading(line.heading!.text) : null;
}

/** A stage with entry headings is read by heading; a stage without any, item by item. */
function fillStage(stage: OutlineStage, lines: OutlineLine[]): void {
	if (lines.some((line) => entryHeading(line) !== null)) fillByHeadings(stage, lines);
	else fillByListItems(stage, lines);
}

function fillByHeadings(stage: OutlineStage, lines: OutlineLine[]): void {
	let current: OutlineEntry | null = null;
	let lastTopLevel: OutlineEntry | null = null;
	for (const line of lines) {
		const heading = entryHeading(line);
		if (heading === null) {
			(current?.content ?? stage.overview).push(line);
			continue;
		}
		const isDerivative = line.heading!.level === DERIVATIVE_LEVEL;
		// A `####` before any `###` of its stage has no parent: it becomes a plain entry.
		current = { ...heading, heading: line, parent: isDerivative ? lastTopLevel : null, content: [] };
		if (!isDerivative) lastTopLevel = current;
		stage.entries.push(current);
	}
}

function fillByListItems(stage: OutlineStage, lines: OutlineLine[]): void {
	let current: OutlineEntry | null = null;
	for (const line of lines) {
		const title = !line.inFence && isTopLevelListItem(line.text) ? listItemTitle(line.text) : null;
		if (title !== null) {
			current = { name: title, starred: false, summary: null, heading: null, parent: null, content: [line] };
			stage.entries.push(current);
		} else (current?.content ?? stage.overview).push(line);
	}
}
