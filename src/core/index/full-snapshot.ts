import type { Diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";
import type { ParseOptions } from "../parse/note-parser";
import { NameLookup, placeInTree } from "./derivative-tree";
import { sortDiagnostics } from "./diagnostic-order";
import { keysOf } from "./entry-keys";
import type { IndexSnapshot, StageGroup } from "./index-snapshot";
import { duplicateNameWarnings, duplicateRepoWarnings, unresolvedParentWarning } from "./structure-warnings";

/** What the index holds for one note: its entry (null for a problem) and its own diagnostics. */
export interface NoteState {
	entry: Entry | null;
	diagnostics: readonly Diagnostic[];
}

/**
 * The snapshot computed from scratch, in one pass over every entry. The live snapshot must always
 * equal this one; the equality tests check that after random edit sequences.
 * `entries` are the notes' entries, already in display order.
 */
export function buildSnapshot(notes: readonly NoteState[], entries: readonly Entry[], options: ParseOptions): IndexSnapshot {
	const lookup = new NameLookup(entries);
	// Each entry's parent is asked for several times (placing, cycle checks, warnings): resolve it once.
	const parents = new Map(entries.map((e) => [e, lookup.parentOf(e)]));
	const parentOf = (entry: Entry): Entry | undefined => parents.get(entry);
	const byStage = groupBy(entries, (e) => e.stage);
	const stages: StageGroup[] = options.vocabulary.stages.map((stage) => ({
		stage,
		entries: placeInTree(byStage.get(stage.id) ?? [], parentOf),
	}));
	const problems = notes.flatMap((n) => (n.entry ? [] : n.diagnostics));
	const warnings = [
		...notes.flatMap((n) => (n.entry ? n.diagnostics : [])),
		...[...groupBy(entries, (e) => keysOf(e).name).values()].flatMap(duplicateNameWarnings),
		...[...groupBy(entries, (e) => keysOf(e).repo).values()].flatMap(duplicateRepoWarnings),
		...entries.flatMap((e) => unresolvedParentWarning(e, parentOf(e)) ?? []),
	];
	return { stages, problems: sortDiagnostics(problems), warnings: sortDiagnostics(warnings), entryCount: entries.length, byName: entries.slice() };
}

/** Groups in first-seen order, each in `entries` order; null and empty keys are left out. */
function groupBy(entries: readonly Entry[], keyOf: (e: Entry) => string | null): Map<string, Entry[]> {
	const groups = new Map<string, Entry[]>();
	for (const entry of entries) {
		const key = keyOf(entry);
		if (key === null || key === "") continue;
		const list = groups.get(key);
		if (list) list.push(entry);
		else groups.set(key, [entry]);
	}
	return groups;
}
