import type { Diagnostic } from "../model/diagnostic";
import { diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";
import { parseNote, type ParseOptions } from "../parse/note-parser";
import { NameLookup, placeInTree } from "./derivative-tree";
import { sortDiagnostics } from "./diagnostic-order";
import { keysOf } from "./entry-keys";
import type { IndexChange, IndexSnapshot, StageGroup } from "./index-snapshot";
import { keepsShape, patchSnapshot } from "./snapshot-patch";
import { SortedEntries } from "./sorted-entries";

/** What the index keeps per note: its text (to skip unchanged upserts) and what parsing made of it. */
interface NoteRecord {
	text: string;
	entry: Entry | null;
	diagnostics: Diagnostic[];
}

export type IndexListener = (change: IndexChange, snapshot: IndexSnapshot) => void;

/**
 * The live index: notes go in one at a time (upsert/remove/rename), answers come out as
 * immutable snapshots computed on demand. Only notes that are entries or problems are kept.
 */
export class AtlasIndex {
	private readonly records = new Map<string, NoteRecord>();
	private readonly listeners = new Set<IndexListener>();
	private cached: IndexSnapshot | null = null;
	private readonly order = new SortedEntries();

	constructor(private options: ParseOptions) {}

	/** Adds or replaces one note. Returns whether the index changed. */
	upsert(path: string, text: string): boolean {
		const before = this.records.get(path);
		if (before && before.text === text) return false;
		const record = this.read(path, text);
		if (record) this.records.set(path, record);
		else this.records.delete(path);
		if (!before && !record) return false;
		this.changed({ type: "upsert", path, before: before?.entry ?? null, after: record?.entry ?? null }, () => this.patched(before, record));
		return true;
	}

	remove(path: string): boolean {
		const before = this.records.get(path);
		if (!before) return false;
		this.records.delete(path);
		this.changed({ type: "remove", path, before: before.entry });
		return true;
	}

	/** A renamed note keeps its text; its path (and default name) change. */
	rename(oldPath: string, newPath: string): boolean {
		const before = this.records.get(oldPath);
		if (!before || oldPath === newPath) return false;
		this.records.delete(oldPath);
		const after = this.read(newPath, before.text);
		if (after) this.records.set(newPath, after);
		this.changed({ type: "rename", oldPath, path: newPath, before: before.entry, after: after?.entry ?? null });
		return true;
	}

	/** Replaces everything at once (first load, settings change); listeners get one "reset". */
	reset(notes: Iterable<[string, string]>, options: ParseOptions = this.options): void {
		this.options = options;
		this.records.clear();
		for (const [path, text] of notes) {
			const record = this.read(path, text);
			if (record) this.records.set(path, record);
		}
		this.changed({ type: "reset" });
	}

	parseOptions(): ParseOptions {
		return this.options;
	}

	has(path: string): boolean {
		return this.records.has(path);
	}

	/** Paths of every note the index holds (entries and problems). */
	paths(): string[] {
		return [...this.records.keys()];
	}

	entry(path: string): Entry | null {
		return this.records.get(path)?.entry ?? null;
	}

	entries(): Entry[] {
		return this.snapshot().stages.flatMap((group) => group.entries.map((placed) => placed.entry));
	}

	snapshot(): IndexSnapshot {
		this.cached ??= buildSnapshot([...this.records.values()], this.sortedEntries(), this.options);
		return this.cached;
	}

	/** Listeners hear every change with the new snapshot; the returned function unsubscribes. */
	subscribe(listener: IndexListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private sortedEntries(): readonly Entry[] {
		return this.order.get(() => [...this.records.values()].flatMap((r) => (r.entry ? [r.entry] : [])));
	}

	private read(path: string, text: string): NoteRecord | null {
		const result = parseNote(path, text, this.options);
		if (result.kind === "ignored") return null;
		if (result.kind === "problem") return { text, entry: null, diagnostics: [result.problem] };
		return { text, entry: result.entry, diagnostics: result.warnings };
	}

	/**
	 * A full snapshot costs a pass over every entry (name lookup, trees, duplicate checks); an edit
	 * that moves nothing only needs the new entry put in the old one's slot.
	 */
	private patched(before: NoteRecord | undefined, after: NoteRecord | null): IndexSnapshot | null {
		if (!this.cached || !before?.entry || !after?.entry) return null;
		const from = { entry: before.entry, warnings: before.diagnostics };
		const to = { entry: after.entry, warnings: after.diagnostics };
		return keepsShape(from, to) ? patchSnapshot(this.cached, from, to, this.sortedEntries().slice()) : null;
	}

	/** `patch` may read the previous snapshot and the updated name order; null means rebuild. */
	private changed(change: IndexChange, patch: () => IndexSnapshot | null = () => null): void {
		this.order.apply(change);
		this.cached = patch();
		if (this.listeners.size === 0) return;
		const snapshot = this.snapshot();
		for (const listener of [...this.listeners]) {
			// One feature's broken listener must not stop the others, nor the vault event that caused the change.
			try {
				listener(change, snapshot);
			} catch (error) {
				console.error("Framework Atlas: an index listener failed", error);
			}
		}
	}
}

/** `entries` are the records' entries, already in display order. */
function buildSnapshot(records: NoteRecord[], entries: readonly Entry[], options: ParseOptions): IndexSnapshot {
	const lookup = new NameLookup(entries);
	// Each entry's parent is asked for several times (placing, cycle checks, warnings): resolve it once.
	const parents = new Map(entries.map((e) => [e, lookup.parentOf(e)]));
	const parentOf = (entry: Entry): Entry | undefined => parents.get(entry);
	const byStage = new Map<string, Entry[]>();
	for (const entry of entries) push(byStage, entry.stage, entry);
	const stages: StageGroup[] = options.vocabulary.stages.map((stage) => ({
		stage,
		entries: placeInTree(byStage.get(stage.id) ?? [], parentOf),
	}));
	const problems = records.flatMap((r) => (r.entry ? [] : r.diagnostics));
	const warnings = [
		...records.flatMap((r) => (r.entry ? r.diagnostics : [])),
		...duplicateWarnings(entries, (e) => keysOf(e).name, (e, others) =>
			diagnostic(e.path, "duplicate-name", `the name "${e.name}" is also used by ${others}`, { name: e.name, others }),
		),
		...duplicateWarnings(entries, (e) => keysOf(e).repo, (e, others) =>
			diagnostic(e.path, "duplicate-repo", `the repo ${e.repo ?? ""} is also listed by ${others}`, { repo: e.repo ?? "", others }),
		),
		...entries.flatMap((e) =>
			e.basedOn !== null && !parentOf(e) ? [diagnostic(e.path, "unresolved-parent", `based_on "${e.basedOn}" names no framework entry`, { parent: e.basedOn })] : [],
		),
	];
	return { stages, problems: sortDiagnostics(problems), warnings: sortDiagnostics(warnings), entryCount: entries.length, byName: entries.slice() };
}

function duplicateWarnings(entries: readonly Entry[], keyOf: (e: Entry) => string | null, make: (e: Entry, others: string) => Diagnostic): Diagnostic[] {
	const groups = new Map<string, Entry[]>();
	for (const entry of entries) {
		const key = keyOf(entry);
		if (key === null || key === "") continue;
		push(groups, key, entry);
	}
	return [...groups.values()]
		.filter((group) => group.length > 1)
		.flatMap((group) => group.map((e) => make(e, group.filter((o) => o !== e).map((o) => o.path).join(", "))));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
