import type { Diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";
import { replaceDiagnostics } from "./diagnostic-order";
import type { IndexSnapshot, StageGroup } from "./index-snapshot";

/** One note's entry and the warnings its own text gave, before or after a change. */
export interface EntryState {
	entry: Entry;
	warnings: readonly Diagnostic[];
}

/**
 * Whether an edit leaves the snapshot's shape alone: the entry keeps its place (name, path, stage),
 * its links to other entries (name, path, `based_on`) and its duplicate keys (name, repo). Most edits
 * are like this: a summary, a tag, one more dated source.
 */
export function keepsShape(before: EntryState, after: EntryState): boolean {
	const a = before.entry;
	const b = after.entry;
	return a.path === b.path && a.name === b.name && a.stage === b.stage && a.basedOn === b.basedOn && a.repo === b.repo;
}

/**
 * The next snapshot after a shape-keeping edit: the same placement with the new entry object in the
 * old one's slot, and the note's own warnings swapped. Only what changed is copied; the previous
 * snapshot is left untouched, since listeners may still hold it. Null when the old entry is not
 * where the snapshot says (then the caller rebuilds).
 */
export function patchSnapshot(snapshot: IndexSnapshot, before: EntryState, after: EntryState, byName: readonly Entry[]): IndexSnapshot | null {
	const at = snapshot.stages.findIndex((group) => group.stage.id === before.entry.stage);
	const group = snapshot.stages[at];
	const slot = group?.entries.findIndex((placed) => placed.entry === before.entry) ?? -1;
	if (!group || slot === -1) return null;
	const entries = group.entries.slice();
	entries[slot] = { ...entries[slot]!, entry: after.entry };
	const stages: StageGroup[] = snapshot.stages.slice();
	stages[at] = { stage: group.stage, entries };
	const unchanged = before.warnings.length === 0 && after.warnings.length === 0;
	// The snapshot holds the very warning objects the record held, so they can be found by identity.
	const warnings = unchanged ? snapshot.warnings : replaceDiagnostics(snapshot.warnings, before.warnings, after.warnings);
	return { ...snapshot, stages, warnings, byName };
}
