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
	/** Folded vault path without `.md`, as a wikilink with folders names it. */
	path: string;
	/** Folded keys `based_on` may match, best first (see parentKeys); null when the entry has none. */
	parent: readonly string[] | null;
}

/** `Frameworks/veRL.md` → [`frameworks/verl`, `verl`]: the whole link, then its last segment. */
export function parentKeys(name: string): string[] {
	const whole = foldForMatch(name.replace(/\.md$/i, ""));
	const slash = whole.lastIndexOf("/");
	return slash === -1 ? [whole] : [whole, whole.slice(slash + 1)];
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
			path: foldForMatch(entry.path.replace(/\.md$/i, "")),
			parent: entry.basedOn === null ? null : parentKeys(entry.basedOn),
		};
		cache.set(entry, keys);
	}
	return keys;
}
