import type { Diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";
import type { StageDefinition } from "../stages/stage-vocabulary";

/** An entry in display order: derivatives follow their parent with a greater depth. */
export interface PlacedEntry {
	entry: Entry;
	/** Path of the resolved `based_on` parent, wherever it lives; null when none or unresolved. */
	parentPath: string | null;
	/** 0 for top level; 1 under a parent in the same stage, and so on. */
	depth: number;
}

export interface StageGroup {
	stage: StageDefinition;
	entries: PlacedEntry[];
}

/** What the index answers at one moment. Immutable: a change produces a new snapshot. */
export interface IndexSnapshot {
	/** Every stage of the vocabulary, in order, empty ones included. */
	stages: StageGroup[];
	problems: Diagnostic[];
	warnings: Diagnostic[];
	entryCount: number;
	/** Every entry by name (pinyin, numeric, case-insensitive), then path: kept by the index, so `sort:name` need not sort. */
	byName: readonly Entry[];
}

export type IndexChange =
	| { type: "upsert"; path: string; before: Entry | null; after: Entry | null }
	| { type: "remove"; path: string; before: Entry | null }
	| { type: "rename"; oldPath: string; path: string; before: Entry | null; after: Entry | null }
	| { type: "reset" };
