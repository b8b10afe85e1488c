import type { Entry } from "../model/entry";
import { foldForMatch } from "../text/fold";
import { keysOf } from "./entry-keys";
import type { PlacedEntry } from "./index-snapshot";

/** Finds entries by name or file basename, as `based_on: "[[veRL]]"` refers to them. */
export class NameLookup {
	private readonly byName = new Map<string, Entry>();

	/** `entries` must already be in display order, so the first of two equal names wins consistently. */
	constructor(entries: readonly Entry[]) {
		for (const entry of entries) this.add(keysOf(entry).name, entry);
		for (const entry of entries) this.add(keysOf(entry).basename, entry);
	}

	find(name: string): Entry | undefined {
		return this.byName.get(foldForMatch(name));
	}

	/** The entry this one's `based_on` names, if any; same as `find(entry.basedOn)`, without re-folding. */
	parentOf(entry: Entry): Entry | undefined {
		const key = keysOf(entry).parent;
		return key === null ? undefined : this.byName.get(key);
	}

	private add(key: string, entry: Entry): void {
		if (!this.byName.has(key)) this.byName.set(key, entry);
	}
}

/**
 * Orders one stage's (already sorted) entries so derivatives follow their parent, indented.
 * A parent in another stage, a missing parent or a `based_on` cycle leaves the entry at top level.
 */
export function placeInTree(sorted: readonly Entry[], parentOf: (entry: Entry) => Entry | undefined): PlacedEntry[] {
	const inStage = new Set(sorted.map((e) => e.path));
	const children = new Map<string, Entry[]>();
	const roots: Entry[] = [];
	for (const entry of sorted) {
		const parent = parentOf(entry);
		if (parent && inStage.has(parent.path) && !formsCycle(entry, parentOf)) push(children, parent.path, entry);
		else roots.push(entry);
	}
	const placed: PlacedEntry[] = [];
	const visit = (entry: Entry, depth: number): void => {
		placed.push({ entry, parentPath: parentOf(entry)?.path ?? null, depth });
		for (const child of children.get(entry.path) ?? []) visit(child, depth + 1);
	};
	for (const root of roots) visit(root, 0);
	return placed;
}

/**
 * Whether following `based_on` from `entry` leads back to `entry` itself. An entry whose
 * ancestors loop among themselves (A→B→A) is not on the loop and still nests under its parent.
 */
function formsCycle(entry: Entry, parentOf: (entry: Entry) => Entry | undefined): boolean {
	const seen = new Set<string>();
	for (let current = parentOf(entry); current; current = parentOf(current)) {
		if (current.path === entry.path) return true;
		if (seen.has(current.path)) return false;
		seen.add(current.path);
	}
	return false;
}

function push(map: Map<string, Entry[]>, key: string, value: Entry): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
