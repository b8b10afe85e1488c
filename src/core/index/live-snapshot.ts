import type { Diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";
import type { StageId } from "../stages/stage-vocabulary";
import { DerivativeForest } from "./derivative-forest";
import { replaceDiagnostics } from "./diagnostic-order";
import { keysOf } from "./entry-keys";
import type { NoteState } from "./full-snapshot";
import type { IndexSnapshot, StageGroup } from "./index-snapshot";
import { KeyedEntries } from "./keyed-entries";
import { NameGraph } from "./name-graph";
import { duplicateNameWarnings, duplicateRepoWarnings, unresolvedParentWarning } from "./structure-warnings";

/**
 * The snapshot kept up to date note by note, so a rename, a new entry or a changed stage,
 * `based_on` or repo costs work in proportion to what it touches: the entries it moves in the
 * derivative trees (the stages they are in are listed again, a walk each, when the next snapshot
 * is asked for), the duplicate groups of its old and new name and repo, and the entries whose
 * `based_on` names it. Earlier snapshots are never changed: every list a change touches is new.
 */
export class LiveSnapshot {
	private readonly graph: NameGraph;
	private readonly forest: DerivativeForest;
	private readonly repos = new KeyedEntries();
	private readonly duplicateNames = new Map<string, Diagnostic[]>();
	private readonly duplicateRepos = new Map<string, Diagnostic[]>();
	private readonly unresolved = new Map<Entry, Diagnostic>();
	/** Stages whose lists must be walked again before the next snapshot. */
	private readonly dirty = new Set<StageId>();
	private stages: StageGroup[];
	private warnings: Diagnostic[];
	private problems: Diagnostic[];
	private entryCount: number;

	/** Takes over from `from`, a snapshot computed from scratch over the same `entries` (display order). */
	constructor(from: IndexSnapshot, entries: readonly Entry[]) {
		this.graph = new NameGraph(entries);
		this.forest = new DerivativeForest(entries, (entry) => this.graph.parentOf(entry));
		for (const entry of entries) {
			const repo = keysOf(entry).repo;
			if (repo) this.repos.append(repo, entry);
			const warning = unresolvedParentWarning(entry, this.graph.parentOf(entry));
			if (warning) this.unresolved.set(entry, warning);
		}
		for (const [key, group] of this.graph.nameGroups()) if (key !== "" && group.length > 1) this.duplicateNames.set(key, duplicateNameWarnings(group));
		for (const [key, group] of this.repos.groupsOf()) if (group.length > 1) this.duplicateRepos.set(key, duplicateRepoWarnings(group));
		this.stages = from.stages;
		this.warnings = from.warnings;
		this.problems = from.problems;
		this.entryCount = from.entryCount;
	}

	/** One note changed: `before` is what the index held for it (if anything), `after` what it holds now. */
	replace(before: NoteState | undefined, after: NoteState | null): void {
		const removed = before?.entry ? [before.entry] : [];
		const added = after?.entry ? [after.entry] : [];
		const dropped: Diagnostic[] = before?.entry ? [...before.diagnostics] : [];
		const gained: Diagnostic[] = after?.entry ? [...after.diagnostics] : [];
		const moved = this.graph.replace(removed, added);
		// A changed parent can move its descendants anywhere (a cycle that forms or breaks leaves them at
		// top level); the children of a replaced entry now hang under its replacement, in whatever stage.
		const touched = [...this.graph.descendants(moved), ...added.flatMap((entry) => this.graph.childrenOf(entry))];
		for (const stage of this.forest.replace(removed, added, touched)) this.dirty.add(stage);
		this.replaceUnresolved(removed, new Set([...moved, ...added]), dropped, gained);
		this.replaceDuplicates(removed, added, dropped, gained);
		if (dropped.length > 0 || gained.length > 0) this.warnings = replaceDiagnostics(this.warnings, dropped, gained);
		const problemsOut = before && !before.entry ? before.diagnostics : [];
		const problemsIn = after && !after.entry ? after.diagnostics : [];
		if (problemsOut.length > 0 || problemsIn.length > 0) this.problems = replaceDiagnostics(this.problems, problemsOut, problemsIn);
		this.entryCount += added.length - removed.length;
	}

	/** `byName` is the index's display order, copied for this snapshot. */
	snapshot(byName: readonly Entry[]): IndexSnapshot {
		if (this.dirty.size > 0) {
			this.stages = this.stages.map((group) => (this.dirty.has(group.stage.id) ? { stage: group.stage, entries: this.forest.placed(group.stage.id) } : group));
		}
		this.dirty.clear();
		return { stages: this.stages, problems: this.problems, warnings: this.warnings, entryCount: this.entryCount, byName };
	}

	/** Only entries whose parent was found or lost can gain or lose the warning. */
	private replaceUnresolved(removed: readonly Entry[], changed: ReadonlySet<Entry>, dropped: Diagnostic[], gained: Diagnostic[]): void {
		for (const entry of removed) this.takeUnresolved(entry, dropped);
		for (const entry of changed) {
			this.takeUnresolved(entry, dropped);
			const warning = unresolvedParentWarning(entry, this.graph.parentOf(entry));
			if (!warning) continue;
			this.unresolved.set(entry, warning);
			gained.push(warning);
		}
	}

	private takeUnresolved(entry: Entry, dropped: Diagnostic[]): void {
		const warning = this.unresolved.get(entry);
		if (!warning) return;
		dropped.push(warning);
		this.unresolved.delete(entry);
	}

	/** The groups of the old and new name and repo are listed again; every other group stays as it was. */
	private replaceDuplicates(removed: readonly Entry[], added: readonly Entry[], dropped: Diagnostic[], gained: Diagnostic[]): void {
		const names = new Set<string>();
		const repos = new Set<string>();
		for (const entry of [...removed, ...added]) {
			const keys = keysOf(entry);
			if (keys.name !== "") names.add(keys.name);
			if (keys.repo) repos.add(keys.repo);
		}
		for (const entry of removed) if (keysOf(entry).repo) this.repos.remove(keysOf(entry).repo!, entry);
		for (const entry of added) if (keysOf(entry).repo) this.repos.add(keysOf(entry).repo!, entry);
		for (const key of names) regroup(this.duplicateNames, key, duplicateNameWarnings(this.graph.named(key)), dropped, gained);
		for (const key of repos) regroup(this.duplicateRepos, key, duplicateRepoWarnings(this.repos.get(key)), dropped, gained);
	}
}

function regroup(groups: Map<string, Diagnostic[]>, key: string, now: Diagnostic[], dropped: Diagnostic[], gained: Diagnostic[]): void {
	dropped.push(...(groups.get(key) ?? []));
	gained.push(...now);
	if (now.length > 0) groups.set(key, now);
	else groups.delete(key);
}
