import type { Entry } from "../model/entry";
import { coversTag } from "../parse/tags";
import { foldForMatch, foldForSearch } from "../text/fold";
import { facetsOf } from "./entry-facets";
import type { HasWhat, Term, TermKind, TermOf } from "./query-types";

/** Whether an entry is kept: what a compiled query term or a filter box answers. */
export type EntryPredicate = (entry: Entry) => boolean;

type Compiler<K extends TermKind> = (term: TermOf<K>) => EntryPredicate;

/**
 * How each kind of term becomes a test. The query's own text is folded here, once, and the entry's
 * side comes folded from its facets, so testing 2,000 entries does no string normalisation.
 * A Record over every kind, so a new kind without a compiler fails tsc.
 */
const COMPILERS: { [K in TermKind]: Compiler<K> } = {
	text: (term) => {
		const needle = foldForSearch(term.text);
		return (entry) => facetsOf(entry).searchText.includes(needle);
	},
	tag: (term) => {
		const covers = coversTag(term.tag);
		return (entry) => facetsOf(entry).tags.some(covers);
	},
	stage: (term) => {
		const stages = new Set<string>(term.stages);
		return (entry) => stages.has(entry.stage);
	},
	starred: () => (entry) => entry.starred,
	has: (term) => HAS[term.what],
	based: (term) => {
		const name = foldForMatch(term.name);
		return (entry) => facetsOf(entry).basedOn === name;
	},
	repo: (term) => {
		const needle = foldForSearch(term.text);
		return (entry) => facetsOf(entry).repo?.includes(needle) ?? false;
	},
	date: (term) => (entry) => dateMatches(term, facetsOf(entry).newestDate),
	not: (term) => {
		const inner = predicateOf(term.term);
		return (entry) => !inner(entry);
	},
	and: (term) => {
		const all = term.terms.map(predicateOf);
		return (entry) => all.every((test) => test(entry));
	},
	or: (term) => {
		const any = term.terms.map(predicateOf);
		return (entry) => any.some((test) => test(entry));
	},
};

/** `has:` tests; a summary in any language counts (`-has:summary` lists the entries still without one). */
const HAS: { [W in HasWhat]: EntryPredicate } = {
	repo: (entry) => entry.repo !== null,
	sources: (entry) => entry.sources.length > 0,
	summary: (entry) => entry.summary !== null || entry.summaryZh !== null || entry.summaryEn !== null,
};

// Parsed queries are immutable and re-run on every index change: compile each term once.
const compiled = new WeakMap<Term, EntryPredicate>();

export function predicateOf(term: Term): EntryPredicate {
	let predicate = compiled.get(term);
	if (!predicate) {
		predicate = (COMPILERS[term.kind] as Compiler<TermKind>)(term);
		compiled.set(term, predicate);
	}
	return predicate;
}

export function matches(term: Term, entry: Entry): boolean {
	return predicateOf(term)(entry);
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
