import type { StageId, StageVocabulary } from "../stages/stage-vocabulary";

/**
 * What importing an outline note would do, computed without touching any file system.
 * Writers (plugin: `vault.create`, CLI: `fs` with the `wx` flag) apply it and never overwrite.
 */
export interface ImportPlan {
	/** Every note the outline turns into, in outline order; `status` says whether it is new. */
	notes: PlannedNote[];
	/** One row per outline line (1-based), so a preview can show where each line goes. */
	lines: LineMapping[];
}

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
}

/**
 * `stage-heading`: a `##` line; its stage is in the notes' `stage` field (and `stage_heading` when unknown).
 * `entry-heading`: a `###`/`####` line, which became the note's name. `content`: carried verbatim.
 * `blank`: an empty line, which goes nowhere on its own.
 */
export type LineRole = "stage-heading" | "entry-heading" | "content" | "blank";

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
}
