import type { StageDefinition, StageId, StageVocabulary } from "../stages/stage-vocabulary";
import type { OutlineCategory } from "./outline-types";

/**
 * What importing an outline note would do, computed without touching any file system.
 * Writers (plugin: `vault.create`, CLI: `fs` with the `wx` flag) apply it and never overwrite.
 */
export interface ImportPlan {
	/** Every note the outline turns into, in outline order; `status` says whether it is new. */
	notes: PlannedNote[];
	/** One row per outline line (1-based), so a preview can show where each line goes. */
	lines: LineMapping[];
	/** The stages, categories and entries the import found, and the stages it would add. */
	structure: ImportStructure;
}

export interface ImportStructure {
	/** Heading level of the stage headings; null when the outline has none (its entries go to `defaultStage`). */
	stageLevel: number | null;
	/** In outline order; entries outside any stage heading come as a stage with `line: null`. */
	stages: PlannedStage[];
	/** Stages the import adds to the vault's stage list: unknown headings holding entries, for notes it creates. */
	newStages: StageDefinition[];
}

export interface PlannedStage {
	/** The stage heading's line; null for entries outside any stage heading. */
	line: number | null;
	/** The heading without markup and numbering; "" when there is no heading. */
	title: string;
	mapping: StageMapping;
	categories: OutlineCategory[];
	/** Entry notes of this stage (a framework listed twice appears once, under its first stage). */
	entries: { name: string; path: string }[];
}

/** `existing`: a stage of the list (label or alias match, or the user's choice); `new`: added by this import; `uncategorized`: kept as `stage_heading`. */
export interface StageMapping {
	kind: "existing" | "new" | "uncategorized";
	stage: StageId;
	/** True when the user chose it (`--map`, the preview's control) rather than the import guessing. */
	chosen: boolean;
}

/** What the user may pick for a stage heading. */
export type StageChoice = { kind: "existing"; stage: StageId } | { kind: "new" } | { kind: "uncategorized" };

/**
 * `entry`: a framework note (`tags: [framework]`). `stage-overview`: prose under a stage heading before
 * its first entry (`tags: [framework-stage]`). `preamble`: lines before the first stage heading
 * (`tags: [framework-outline]`). Only entries are read by the index.
 */
export type PlannedNoteKind = "entry" | "stage-overview" | "preamble";

export interface PlannedNote {
	kind: PlannedNoteKind;
	/** Path under the target folder, `/`-separated, ending in `.md`. */
	path: string;
	/** The entry's name (or the stage heading / preamble title). */
	name: string;
	/** Stage id; null for the preamble. */
	stage: StageId | null;
	/** The whole note: frontmatter written by `composeNote`, then the body. */
	text: string;
	/** "create" when the path is free; "skip" when a note already exists there (it is never overwritten). */
	status: "create" | "skip";
	/** Outline line numbers (1-based) of the non-blank lines this note carries, its heading included. */
	sourceLines: number[];
	/** Headings the import wrote itself: one per other place a framework listed twice comes from. */
	addedHeadings: string[];
}

/**
 * `stage-heading`: a `##` line; its stage is in the notes' `stage` field (and `stage_heading` when unknown).
 * `entry-heading`: a heading below the stage level, which became the note's name. `category-heading`: a
 * heading grouping entries (their tag), carried verbatim in the stage overview. `content`: carried verbatim.
 * `blank`: an empty line, which goes nowhere on its own.
 */
export type LineRole = "stage-heading" | "entry-heading" | "category-heading" | "content" | "blank";

export interface LineMapping {
	line: number;
	text: string;
	role: LineRole;
	/** The note that carries (or is named by) this line; null for stage headings and blank lines. */
	target: string | null;
	/** For a stage heading: the stage it opens, and whether the vocabulary knew the heading. */
	stage?: { id: StageId; known: boolean };
}

export interface ImportOptions {
	vocabulary: StageVocabulary;
	/** Target folder, vault- or output-relative; "" for the root. */
	folder: string;
	/** Name of the preamble note when the outline has no `#` title before its first stage. */
	preambleName: string;
	/** True when a note already exists at `path` (compared as the writer will compare it). */
	exists: (path: string) => boolean;
	/** Stage of entries outside any stage heading (a plain list); uncategorized when absent or unknown. */
	defaultStage?: StageId;
	/** The user's choices per stage heading, keyed by `stageChoiceKey(title)`. */
	choices?: ReadonlyMap<string, StageChoice>;
	/** Unknown headings that hold entries become new stages; false keeps them as `stage_heading` under uncategorized. */
	newStages?: boolean;
	/** The vault's entry tag (the setting), so imported notes are entries there; "framework" when absent. */
	entryTag?: string;
}
