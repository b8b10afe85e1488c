import type { Diagnostic } from "../model/diagnostic";
import type { Entry } from "../model/entry";
import { parseNote, type ParseOptions } from "../parse/note-parser";
import { buildSnapshot, type NoteState } from "./full-snapshot";
import type { IndexChange, IndexSnapshot } from "./index-snapshot";
import { LiveSnapshot } from "./live-snapshot";
import { insertInOrder, removeInOrder, SortedEntries } from "./sorted-entries";

/** What the index keeps per note: its text (to skip unchanged upserts) and what parsing made of it. */
interface NoteRecord extends NoteState {
	text: string;
	diagnostics: Diagnostic[];
}

export type IndexListener = (change: IndexChange, snapshot: IndexSnapshot) => void;

/** A reset filled a note at a time (a caller may yield between notes); nothing changes until `commit`. */
export interface PendingReset {
	add(path: string, text: string): void;
	/** Replaces the index with the notes added; listeners get one "reset". */
	commit(): void;
}

/**
 * The live index: notes go in one at a time (upsert/remove/rename), answers come out as
 * immutable snapshots computed on demand. Only notes that are entries or problems are kept.
 */
export class AtlasIndex {
	private records = new Map<string, NoteRecord>();
	private readonly listeners = new Set<IndexListener>();
	private cached: IndexSnapshot | null = null;
	/** Kept up to date change by change once a snapshot has been asked for; dropped on reset. */
	private live: LiveSnapshot | null = null;
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
		this.changed({ type: "upsert", path, before: before?.entry ?? null, after: record?.entry ?? null }, before, record);
		return true;
	}

	remove(path: string): boolean {
		const before = this.records.get(path);
		if (!before) return false;
		this.records.delete(path);
		this.changed({ type: "remove", path, before: before.entry }, before, null);
		return true;
	}

	/** A renamed note keeps its text; its path (and default name) change. */
	rename(oldPath: string, newPath: string): boolean {
		const before = this.records.get(oldPath);
		if (!before || oldPath === newPath) return false;
		this.records.delete(oldPath);
		const after = this.read(newPath, before.text);
		if (after) this.records.set(newPath, after);
		this.changed({ type: "rename", oldPath, path: newPath, before: before.entry, after: after?.entry ?? null }, before, after);
		return true;
	}

	/** Replaces everything at once (first load, settings change); listeners get one "reset". */
	reset(notes: Iterable<[string, string]>, options: ParseOptions = this.options): void {
		const pending = this.beginReset(options);
		for (const [path, text] of notes) pending.add(path, text);
		pending.commit();
	}

	/** Like reset, for a caller that reads and parses in batches; the index answers as before until `commit`. */
	beginReset(options: ParseOptions = this.options): PendingReset {
		const records = new Map<string, NoteRecord>();
		// Kept in display order as notes come: the collator's comparisons are spread over the caller's
		// batches instead of one sort of every entry in the commit (the longest slice of a first build).
		const order: Entry[] = [];
		return {
			add: (path, text) => {
				const record = readNote(path, text, options);
				if (!record) return;
				const earlier = records.get(path)?.entry;
				if (earlier) removeInOrder(order, earlier);
				records.set(path, record);
				if (record.entry) insertInOrder(order, record.entry);
			},
			commit: () => {
				this.options = options;
				this.records = records;
				this.live = null;
				this.changed({ type: "reset" }, undefined, null, order);
			},
		};
	}

	parseOptions(): ParseOptions {
		return this.options;
	}

	/**
	 * New parse options for the notes already held (the stage list changed): each is re-read from
	 * the text kept with it, no vault read needed; listeners get one "reset". Notes that are not
	 * entries never depend on the stages, so nothing outside the index needs reading again.
	 */
	reconfigure(options: ParseOptions): void {
		this.reset([...this.records].map(([path, record]) => [path, record.text] as [string, string]), options);
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
		this.cached ??= this.live ? this.live.snapshot(this.sortedEntries().slice()) : buildSnapshot([...this.records.values()], this.sortedEntries(), this.options);
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
		return readNote(path, text, this.options);
	}

	/**
	 * A full snapshot costs a pass over every entry; once one exists, each change is applied to a live
	 * copy instead (see LiveSnapshot). `before`/`after` are the note's records around the change;
	 * a reset may bring its entries already in display order.
	 */
	private changed(change: IndexChange, before: NoteRecord | undefined, after: NoteRecord | null, presorted?: Entry[]): void {
		if (change.type !== "reset") {
			// The live copy starts from the last full snapshot, over the entries as they were before this change.
			if (!this.live && this.cached) this.live = new LiveSnapshot(this.cached, this.sortedEntries());
			this.live?.replace(before, after);
		}
		if (presorted) this.order.replaceWith(presorted);
		else this.order.apply(change);
		this.cached = null;
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

function readNote(path: string, text: string, options: ParseOptions): NoteRecord | null {
	const result = parseNote(path, text, options);
	if (result.kind === "ignored") return null;
	if (result.kind === "problem") return { text, entry: null, diagnostics: [result.problem] };
	return { text, entry: result.entry, diagnostics: result.warnings };
}
