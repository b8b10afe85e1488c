import type { IndexSnapshot } from "../index/index-snapshot";
import { compareNames } from "../index/name-order";
import type { Entry } from "../model/entry";

// A snapshot is immutable and shared by the dashboard and every query block: rank its names once.
const cache = new WeakMap<IndexSnapshot, Map<Entry, number>>();

/**
 * Each entry's place in name order, as a number: sorting by it is sorting by name without the
 * (slow) pinyin collator. Equal names share a rank, so a stable sort keeps their index order.
 */
export function nameRanks(snapshot: IndexSnapshot): ReadonlyMap<Entry, number> {
	let ranks = cache.get(snapshot);
	if (!ranks) {
		ranks = new Map();
		let rank = 0;
		let previous: Entry | null = null;
		for (const entry of snapshot.byName) {
			if (previous !== null && compareNames(previous.name, entry.name) !== 0) rank++;
			ranks.set(entry, rank);
			previous = entry;
		}
		cache.set(snapshot, ranks);
	}
	return ranks;
}
