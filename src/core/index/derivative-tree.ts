import type { Entry } from "../model/entry";
import { keysOf, parentKeys } from "./entry-keys";
import type { PlacedEntry } from "./index-snapshot";

/** Finds entries by name or file basename, as `based_on: "[[veRL]]"` refers to them. */
export class NameLookup {
	private readonly byName = new Map<string, Entry>();

	/** `entries` must already be in display order, so the first of two equal names wins consistently. */
	constructor(entries: readonly Entry[]) {
		for (const entry of entries) this.add(keysOf(entry).name, entry);
		for (const entry of entries) this.add(keysOf(entry).basename, entry);
		for (const entry of entries) this.add(keysOf(entry).path, entry);
	}

	/** By name, file name or vault path; `[[Frameworks/veRL]]` also falls back to `veRL`. */
	find(name: string): Entry | undefined {
		return this.byKeys(parentKeys(name));
	}

	/** The entry this one's `based_on` names, if any; same as `find(entry.basedOn)`, without re-folding. */
	parentOf(entry: Entry): Entry | undefined {
		const keys = keysOf(entry).parent;
		return keys === null ? undefined : this.byKeys(keys);
	}

	private byKeys(keys: readonly string[]): Entry | undefined {
		for (const key of keys) {
			const found = this.byName.get(key);
			if (found) return found;
		}
		return undefined;
	}

	private add(key: string, entry: Entry): void {
		if (!this.byName.has(key)) this.byName.set(key, entry);
	}
}

/**
 * Orders one stage's (already sorted) entries so derivatives follow their parent, indented.
 * A parent in another stage, a missing parent or a `based_on` cycle leaves the entry at top level.
 * Runs for every stage an edit touches, so it asks for each parent once and allocates little.
 */
export function placeInTree(sorted: readonly Entry[], parentOf: (entry: Entry) => Entry | undefined): PlacedEntry[] {
	const inStage = new Set(sorted);
	const parents = new Map<Entry, Entry | undefined>();
	const children = new Map<Entry, Entry[]>();
	const roots: Entry[] = [];
	for (const entry of sorted) {
		const parent = parentOf(entry);
		parents.set(entry, parent);
		if (parent && inStage.has(parent) && !formsCycle(entry, parentOf)) push(children, parent, entry);
		else roots.push(entry);
	}
	const placed: PlacedEntry[] = [];
	const visit = (entry: Entry, depth: number): void => {
		placed.push({ entry, parentPath: parents.get(entry)?.path ?? null, depth });
		for (const child of children.get(entry) ?? []) visit(child, depth + 1);
	};
	for (const root of roots) visit(root, 0);
	return placed;
}

/**
 * Whether following `based_on` from `entry` leads back to `entry` itself. An entry whose
 * ancestors loop among themselves (A→B→A) is not on the loop and still nests under its parent.
 */
export function formsCycle(entry: Entry, parentOf: (entry: Entry) => Entry | undefined): boolean {
	// Most chains are a step or two long: remember the way only for long ones.
	let seen: Set<Entry> | null = null;
	let steps = 0;
	for (let current = parentOf(entry); current; current = parentOf(current)) {
		if (current === entry) return true;
		if (++steps < 16) continue;
		seen ??= new Set();
		if (seen.has(current)) return false;
		seen.add(current);
	}
	return false;
}

function push(map: Map<Entry, Entry[]>, key: Entry, value: Entry): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
