import type { Entry } from "../model/entry";
import type { IndexChange } from "./index-snapshot";
import { compareEntries } from "./name-order";
import { firstNotBefore } from "./sorted-search";

/**
 * Every entry in display order, kept up to date change by change: one edit costs a binary
 * search with the (slow) pinyin collator instead of re-sorting thousands of entries.
 */
export class SortedEntries {
	private list: Entry[] | null = null;

	/** The sorted entries; `all` is asked only when the order must be rebuilt from scratch. */
	get(all: () => Entry[]): readonly Entry[] {
		this.list ??= all().sort(compareEntries);
		return this.list;
	}

	/** After a reset whose entries came already in display order (kept as they were added). */
	replaceWith(list: Entry[]): void {
		this.list = list;
	}

	apply(change: IndexChange): void {
		if (this.list === null) return;
		if (change.type === "reset") {
			this.list = null;
			return;
		}
		const after = change.type === "remove" ? null : change.after;
		// Same name and path: the same position, so no search with the collator.
		if (change.before && after && change.before.name === after.name && change.before.path === after.path) {
			const at = this.list.indexOf(change.before);
			if (at !== -1) {
				this.list[at] = after;
				return;
			}
		}
		if (change.before) removeInOrder(this.list, change.before);
		if (after) insertInOrder(this.list, after);
	}
}

/** Puts `entry` into the display-ordered `list` where it belongs. */
export function insertInOrder(list: Entry[], entry: Entry): void {
	list.splice(lowerBound(list, entry), 0, entry);
}

/** Takes `entry` (this very object) out of the display-ordered `list`, if it is there. */
export function removeInOrder(list: Entry[], entry: Entry): void {
	const at = lowerBound(list, entry);
	const found = list[at] === entry ? at : list.indexOf(entry);
	if (found !== -1) list.splice(found, 1);
}

function lowerBound(list: readonly Entry[], entry: Entry): number {
	return firstNotBefore(list, (other) => compareEntries(other, entry) < 0);
}
