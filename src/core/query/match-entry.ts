import type { Entry } from "../model/entry";
import { coversTag } from "../parse/tags";
import { foldForMatch, foldForSearch } from "../text/fold";
import { facetsOf } from "./entry-facets";
import { gramHashes, mayContain } from "./gram-filter";
import { isStale, NO_FACTS, type QueryFacts } from "./query-facts";
import type { DayBound, HasWhat, Term, TermKind, TermOf } from "./query-types";

/** Whether an entry is kept: what a compiled query term or a filter box answers. */
export type EntryPredicate = (entry: Entry) => boolean;

type Compiler<K extends TermKind> = (term: TermOf<K>, facts: QueryFacts) => EntryPredicate;

/**
 * How each kind of term becomes a test. The query's own text is folded here, once, and the entry's
 * side comes folded from its facets, so testing 2,000 entries does no string normalisation.
 * A Record over every kind, so a new kind without a compiler fails tsc.
 */
const COMPILERS: { [K in TermKind]: Compiler<K> } = {
	text: (term) => {
		const needle = foldForSearch(term.text);
		const inBody = bodyTest(term.text);
		return (entry) => facetsOf(entry).searchText.includes(needle) || inBody(entry);
	},
	body: (term) => bodyTest(term.text),
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
	// Facts terms: an entry without facts (no repo, never fetched, not found) never matches.
	stars: (term, facts) => (entry) => {
		const stars = facts.factsOf(entry)?.stars ?? null;
		return stars !== null && (term.min === null || stars >= term.min) && (term.max === null || stars <= term.max);
	},
	pushed: (term, facts) => (entry) => {
		const day = facts.factsOf(entry)?.pushedAt?.slice(0, 10) ?? null;
		return day !== null && withinDays(day, term.after, term.before);
	},
	archived: (_term, facts) => (entry) => facts.factsOf(entry)?.archived === true,
	stale: (_term, facts) => (entry) => {
		const found = facts.factsOf(entry);
		return found !== null && isStale(found, facts.staleBefore);
	},
	license: (term, facts) => {
		const needle = term.text.toLowerCase();
		// A prefix, so license:apache finds Apache-2.0 and license:gpl finds GPL-3.0 (but not AGPL).
		return (entry) => facts.factsOf(entry)?.license?.toLowerCase().startsWith(needle) ?? false;
	},
	lang: (term, facts) => {
		const needle = term.text.toLowerCase();
		return (entry) => facts.factsOf(entry)?.language?.toLowerCase() === needle;
	},
	not: (term, facts) => {
		const inner = predicateOf(term.term, facts);
		return (entry) => !inner(entry);
	},
	and: (term, facts) => {
		const all = term.terms.map((t) => predicateOf(t, facts));
		return (entry) => all.every((test) => test(entry));
	},
	or: (term, facts) => {
		const any = term.terms.map((t) => predicateOf(t, facts));
		return (entry) => any.some((test) => test(entry));
	},
};

/** The body holds the text: the gram prefilter first, so most bodies are never scanned. */
function bodyTest(text: string): EntryPredicate {
	const needle = foldForSearch(text);
	const hashes = gramHashes(needle);
	return (entry) => {
		const facets = facetsOf(entry);
		return mayContain(facets.bodyGrams, hashes) && facets.body.includes(needle);
	};
}
/** `has:` tests; a summary in any language counts (`-has:summary` lists the entries still without one). */
const HAS: { [W in HasWhat]: EntryPredicate } = {
	repo: (entry) => entry.repo !== null,
	sources: (entry) => entry.sources.length > 0,
	summary: (entry) => entry.summary !== null || entry.summaryZh !== null || entry.summaryEn !== null,
};

// Parsed queries are immutable and re-run on every index change: compile each term once per facts view.
const compiled = new WeakMap<QueryFacts, WeakMap<Term, EntryPredicate>>();

export function predicateOf(term: Term, facts: QueryFacts = NO_FACTS): EntryPredicate {
	let byTerm = compiled.get(facts);
	if (!byTerm) {
		byTerm = new WeakMap();
		compiled.set(facts, byTerm);
	}
	let predicate = byTerm.get(term);
	if (!predicate) {
		predicate = (COMPILERS[term.kind] as Compiler<TermKind>)(term, facts);
		byTerm.set(term, predicate);
	}
	return predicate;
}

export function matches(term: Term, entry: Entry, facts: QueryFacts = NO_FACTS): boolean {
	return predicateOf(term, facts)(entry);
}

function withinDays(day: string, after: DayBound | null, before: DayBound | null): boolean {
	if (after !== null && (after.inclusive ? day < after.date : day <= after.date)) return false;
	return before === null || (before.inclusive ? day <= before.date : day < before.date);
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
