import type { Entry } from "../model/entry";
import { basename } from "../parse/note-parser";
import { normalizeRepoUrl } from "../parse/safe-url";
import { foldForMatch } from "../text/fold";

/** The folded forms a snapshot compares entries by. */
export interface EntryKeys {
	name: string;
	basename: string;
	/** Normalised repo URL; null when the entry has none. */
	repo: string | null;
	/** Folded `based_on` name; null when the entry has none. */
	parent: string | null;
}

// Entries are never mutated, and most survive from one snapshot to the next: fold each once
// (NFKC normalisation of every name was a large share of a snapshot).
const cache = new WeakMap<Entry, EntryKeys>();

export function keysOf(entry: Entry): EntryKeys {
	let keys = cache.get(entry);
	if (!keys) {
		keys = {
			name: foldForMatch(entry.name),
			basename: foldForMatch(basename(entry.path)),
			repo: entry.repo === null ? null : normalizeRepoUrl(entry.repo),
			parent: entry.basedOn === null ? null : foldForMatch(entry.basedOn),
		};
		cache.set(entry, keys);
	}
	return keys;
}
