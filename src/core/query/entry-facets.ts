import type { Entry } from "../model/entry";
import { foldForMatch, foldForSearch } from "../text/fold";
import { newestSource } from "../view/newest-source";

/** What queries compare an entry by, folded once: entries are never mutated and outlive many queries. */
export interface EntryFacets {
	/** Names in both languages, summaries in all languages and tags, joined by a separator no query can contain. */
	searchText: string;
	/** Tags lower-cased, as Obsidian compares them. */
	tags: readonly string[];
	repo: string | null;
	basedOn: string | null;
	/** The newest source's date as written (local wall-clock text), or null without sources. */
	newestDate: string | null;
}

const cache = new WeakMap<Entry, EntryFacets>();

export function facetsOf(entry: Entry): EntryFacets {
	let facets = cache.get(entry);
	if (!facets) {
		facets = {
			searchText: searchTextOf(entry),
			tags: entry.tags.map((tag) => tag.toLowerCase()),
			repo: entry.repo === null ? null : foldForSearch(entry.repo),
			basedOn: entry.basedOn === null ? null : foldForMatch(entry.basedOn),
			newestDate: newestSource(entry.sources)?.date ?? null,
		};
		cache.set(entry, facets);
	}
	return facets;
}

function searchTextOf(entry: Entry): string {
	const parts = [entry.name, entry.nameZh, entry.nameEn, entry.summary, entry.summaryZh, entry.summaryEn, ...entry.tags];
	// The separator keeps a phrase from matching across two fields.
	return parts.filter((p): p is string => p !== null).map(foldForSearch).join("\u0000");
}
