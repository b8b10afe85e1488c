import type { Entry } from "../model/entry";
import { keysOf } from "./entry-keys";
import { KeyedEntries } from "./keyed-entries";

/**
 * Which entry each entry's `based_on` names, kept up to date edit by edit. It answers as a fresh
 * NameLookup over the same entries would (names first, then file names, then paths; the first entry
 * in display order wins), but an edit only re-resolves the entries whose `based_on` could name
 * the changed ones.
 */
export class NameGraph {
	private readonly names = new KeyedEntries();
	private readonly basenames = new KeyedEntries();
	private readonly paths = new KeyedEntries();
	/** Folded `based_on` key → the entries that ask for it. */
	private readonly wanting = new Map<string, Set<Entry>>();
	private readonly parents = new Map<Entry, Entry | undefined>();
	private readonly children = new Map<Entry, Set<Entry>>();

	/** `entries` in display order. */
	constructor(entries: readonly Entry[]) {
		for (const entry of entries) {
			const keys = keysOf(entry);
			this.names.append(keys.name, entry);
			this.basenames.append(keys.basename, entry);
			this.paths.append(keys.path, entry);
			this.want(entry);
		}
		for (const entry of entries) this.link(entry, this.resolve(entry));
	}

	parentOf(entry: Entry): Entry | undefined {
		return this.parents.get(entry);
	}

	/** The entries whose `based_on` resolves to `entry`. */
	childrenOf(entry: Entry): Entry[] {
		return [...(this.children.get(entry) ?? [])];
	}

	/** The entries whose folded name is `key`, in display order. */
	named(key: string): readonly Entry[] {
		return this.names.get(key);
	}

	/** Every group of entries sharing a folded name. */
	nameGroups(): IterableIterator<[string, Entry[]]> {
		return this.names.groupsOf();
	}

	/**
	 * Takes `removed` out and puts `added` in. Returns the entries whose place in a derivative tree may
	 * have moved: every added entry whose parent differs from the one its path had before, and every
	 * entry that now resolves to a parent with another path (or to none, or to one where it had none).
	 */
	replace(removed: readonly Entry[], added: readonly Entry[]): Set<Entry> {
		const touched = new Set<string>();
		const parentPathBefore = new Map<string, string | undefined>();
		for (const entry of removed) {
			parentPathBefore.set(entry.path, this.parents.get(entry)?.path);
			this.unlink(entry);
			this.parents.delete(entry);
			this.unwant(entry);
			this.forEachKey(entry, (bucket, key) => {
				bucket.remove(key, entry);
				touched.add(key);
			});
		}
		for (const entry of added) {
			this.want(entry);
			this.forEachKey(entry, (bucket, key) => {
				bucket.add(key, entry);
				touched.add(key);
			});
		}
		const moved = new Set<Entry>();
		for (const entry of added) {
			const parent = this.resolve(entry);
			this.link(entry, parent);
			if (!parentPathBefore.has(entry.path) || parentPathBefore.get(entry.path) !== parent?.path) moved.add(entry);
		}
		const addedSet = new Set(added);
		for (const key of touched) {
			for (const entry of this.wanting.get(key) ?? []) {
				if (addedSet.has(entry)) continue;
				const before = this.parents.get(entry);
				const after = this.resolve(entry);
				if (before === after) continue;
				this.unlink(entry);
				this.link(entry, after);
				if (before?.path !== after?.path) moved.add(entry);
			}
		}
		return moved;
	}

	/** `from` and everything below them (following `based_on` backwards), cycles included once. */
	descendants(from: Iterable<Entry>): Set<Entry> {
		const seen = new Set<Entry>();
		const stack = [...from];
		while (stack.length > 0) {
			const entry = stack.pop()!;
			if (seen.has(entry)) continue;
			seen.add(entry);
			for (const child of this.children.get(entry) ?? []) stack.push(child);
		}
		return seen;
	}

	private resolve(entry: Entry): Entry | undefined {
		for (const key of keysOf(entry).parent ?? []) {
			const found = this.names.first(key) ?? this.basenames.first(key) ?? this.paths.first(key);
			if (found) return found;
		}
		return undefined;
	}

	private link(entry: Entry, parent: Entry | undefined): void {
		this.parents.set(entry, parent);
		if (!parent) return;
		const set = this.children.get(parent);
		if (set) set.add(entry);
		else this.children.set(parent, new Set([entry]));
	}

	private unlink(entry: Entry): void {
		const parent = this.parents.get(entry);
		if (!parent) return;
		const set = this.children.get(parent);
		set?.delete(entry);
		if (set?.size === 0) this.children.delete(parent);
	}

	private want(entry: Entry): void {
		for (const key of keysOf(entry).parent ?? []) {
			const set = this.wanting.get(key);
			if (set) set.add(entry);
			else this.wanting.set(key, new Set([entry]));
		}
	}

	private unwant(entry: Entry): void {
		for (const key of keysOf(entry).parent ?? []) {
			const set = this.wanting.get(key);
			set?.delete(entry);
			if (set?.size === 0) this.wanting.delete(key);
		}
	}

	private forEachKey(entry: Entry, visit: (bucket: KeyedEntries, key: string) => void): void {
		const keys = keysOf(entry);
		visit(this.names, keys.name);
		visit(this.basenames, keys.basename);
		visit(this.paths, keys.path);
	}
}
