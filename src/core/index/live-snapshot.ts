import type { Diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";
import type { StageId } from "../stages/stage-vocabulary";
import { placeInTree } from "./derivative-tree";
import { replaceDiagnostics } from "./diagnostic-order";
import { keysOf } from "./entry-keys";
import type { NoteState } from "./full-snapshot";
import type { IndexSnapshot, PlacedEntry, StageGroup } from "./index-snapshot";
import { KeyedEntries } from "./keyed-entries";
import { NameGraph } from "./name-graph";
import { insertInOrder, removeInOrder } from "./sorted-entries";
import { duplicateNameWarnings, duplicateRepoWarnings, unresolvedParentWarning } from "./structure-warnings";

/**
 * The snapshot kept up to date note by note, so a rename, a new entry or a changed stage,
 * `based_on` or repo costs work in proportion to what it touches: the stages whose derivative
 * trees it can move (re-placed when the next snapshot is asked for), the duplicate groups of its
 * old and new name and repo, and the entries whose `based_on` names it. Earlier snapshots are
 * never changed: every list a change touches is copied first.
 */
export class LiveSnapshot {
	private readonly graph: NameGraph;
	private readonly byStage = new Map<StageId, Entry[]>();
	private readonly repos = new KeyedEntries();
	private readonly duplicateNames = new Map<string, Diagnostic[]>();
	private readonly duplicateRepos = new Map<string, Diagnostic[]>();
	private readonly unresolved = new Map<Entry, Diagnostic>();
	/** Stages whose trees must be placed again before the next snapshot. */
	private readonly dirty = new Set<StageId>();
	/** Stages where only entry objects changed, in place: placed entry → its replacement. */
	private readonly swaps = new Map<StageId, Map<Entry, Entry>>();
	private stages: StageGroup[];
	private warnings: Diagnostic[];
	private problems: Diagnostic[];
	private entryCount: number;

	/** Takes over from `from`, a snapshot computed from scratch over the same `entries` (display order). */
	constructor(from: IndexSnapshot, entries: readonly Entry[]) {
		this.graph = new NameGraph(entries);
		for (const entry of entries) {
			const list = this.byStage.get(entry.stage);
			if (list) list.push(entry);
			else this.byStage.set(entry.stage, [entry]);
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
		for (const entry of removed) this.leaveStage(entry);
		for (const entry of added) this.joinStage(entry);
		const moved = this.graph.replace(removed, added);
		if (moved.size === 0 && keepsPlace(removed, added)) this.swapInPlace(removed[0]!, added[0]!);
		else for (const entry of [...removed, ...added]) this.dirty.add(entry.stage);
		// A changed parent can move its descendants anywhere (a cycle that forms or breaks leaves them at top level).
		for (const entry of this.graph.descendants(moved)) this.dirty.add(entry.stage);
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
			const parentOf = (entry: Entry): Entry | undefined => this.graph.parentOf(entry);
			this.stages = this.stages.map((group) =>
				this.dirty.has(group.stage.id) ? { stage: group.stage, entries: placeInTree(this.byStage.get(group.stage.id) ?? [], parentOf) } : group,
			);
		}
		if (this.swaps.size > 0) {
			this.stages = this.stages.map((group) => {
				const swaps = this.dirty.has(group.stage.id) ? undefined : this.swaps.get(group.stage.id);
				return swaps ? { stage: group.stage, entries: group.entries.map((placed) => swapped(placed, swaps)) } : group;
			});
		}
		this.dirty.clear();
		this.swaps.clear();
		return { stages: this.stages, problems: this.problems, warnings: this.warnings, entryCount: this.entryCount, byName };
	}

	private joinStage(entry: Entry): void {
		const list = this.byStage.get(entry.stage);
		if (list) insertInOrder(list, entry);
		else this.byStage.set(entry.stage, [entry]);
	}

	private leaveStage(entry: Entry): void {
		const list = this.byStage.get(entry.stage);
		if (list) removeInOrder(list, entry);
	}

	/** The common edit (a summary, a tag, a source): the new entry takes the old one's slot. */
	private swapInPlace(before: Entry, after: Entry): void {
		if (this.dirty.has(after.stage)) return;
		let swaps = this.swaps.get(after.stage);
		if (!swaps) this.swaps.set(after.stage, (swaps = new Map<Entry, Entry>()));
		// A second edit of the same note before the next snapshot: its slot holds an entry older than `before`.
		const placed = [...swaps].find(([, replacement]) => replacement === before)?.[0] ?? before;
		swaps.set(placed, after);
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

/** One entry for another with the same path, name and stage: the same position in every list. */
function keepsPlace(removed: readonly Entry[], added: readonly Entry[]): boolean {
	if (removed.length !== 1 || added.length !== 1) return false;
	const [a, b] = [removed[0]!, added[0]!];
	return a.path === b.path && a.name === b.name && a.stage === b.stage;
}

function swapped(placed: PlacedEntry, swaps: ReadonlyMap<Entry, Entry>): PlacedEntry {
	const entry = swaps.get(placed.entry);
	return entry ? { ...placed, entry } : placed;
}

function regroup(groups: Map<string, Diagnostic[]>, key: string, now: Diagnostic[], dropped: Diagnostic[], gained: Diagnostic[]): void {
	dropped.push(...(groups.get(key) ?? []));
	gained.push(...now);
	if (now.length > 0) groups.set(key, now);
	else groups.delete(key);
}
