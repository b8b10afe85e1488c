import type { Entry } from "../model/entry";
import { tagCovers } from "../parse/tags";
import { foldForMatch, foldForSearch } from "../text/fold";
import type { Term, TermKind, TermOf } from "./query-types";

type Matcher<K extends TermKind> = (term: TermOf<K>, entry: Entry) => boolean;

/** How each kind of term tests an entry. A Record over every kind, so a new kind without a matcher fails tsc. */
const MATCHERS: { [K in TermKind]: Matcher<K> } = {
	text: (term, entry) => searchText(entry).includes(foldForSearch(term.text)),
	tag: (term, entry) => entry.tags.some((tag) => tagCovers(term.tag, tag)),
	stage: (term, entry) => term.stages.includes(entry.stage),
	starred: (_term, entry) => entry.starred,
	has: (term, entry) => (term.what === "repo" ? entry.repo !== null : entry.sources.length > 0),
	based: (term, entry) => entry.basedOn !== null && foldForMatch(entry.basedOn) === foldForMatch(term.name),
	repo: (term, entry) => entry.repo !== null && foldForSearch(entry.repo).includes(foldForSearch(term.text)),
	date: (term, entry) => dateMatches(term, newestSourceDate(entry)),
	not: (term, entry) => !matches(term.term, entry),
	and: (term, entry) => term.terms.every((t) => matches(t, entry)),
	or: (term, entry) => term.terms.some((t) => matches(t, entry)),
};

export function matches(term: Term, entry: Entry): boolean {
	return (MATCHERS[term.kind] as Matcher<TermKind>)(term, entry);
}

const searchCache = new WeakMap<Entry, string>();

/** Names in both languages, summaries in all languages and tags, folded once per entry object. */
function searchText(entry: Entry): string {
	let text = searchCache.get(entry);
	if (text === undefined) {
		const parts = [entry.name, entry.nameZh, entry.nameEn, entry.summary, entry.summaryZh, entry.summaryEn, ...entry.tags];
		// A separator no query can contain keeps a phrase from matching across two fields.
		text = parts.filter((p): p is string => p !== null).map(foldForSearch).join("\u0000");
		searchCache.set(entry, text);
	}
	return text;
}

/** The newest source's date as written (local wall-clock text), or null without sources. */
export function newestSourceDate(entry: Entry): string | null {
	let newest: string | null = null;
	for (const source of entry.sources) if (newest === null || source.date > newest) newest = source.date;
	return newest;
}

/**
 * `after:` is on or after, `before:` strictly before, so `after:2025-06-01 before:2025-07-01` is June.
 * A date-only bound compares by day; a bound with a time compares the text (a date-only source sorts
 * before any time of its day). Text comparison works because dates are normalised `YYYY-MM-DDTHH:mm[:ss]`.
 */
function dateMatches(term: TermOf<"date">, newest: string | null): boolean {
	if (newest === null) return false;
	const value = term.date.length === 10 ? newest.slice(0, 10) : newest;
	return term.bound === "after" ? value >= term.date : value < term.date;
}
