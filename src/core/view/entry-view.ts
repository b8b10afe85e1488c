import type { DatedSource, Entry } from "../model/entry";
import { querySnippet, type Snippet } from "../query/body-snippet";
import type { Query } from "../query/query-types";
import type { Language } from "../stages/stage-vocabulary";
import { entryName, entrySummary, type LocalizedText } from "../text/bilingual";
import { weekdayName } from "../text/weekday-display";
import { newestSource, sourceDateLabel } from "./newest-source";
import { repoLabel } from "./repo-label";
import type { FactsLookup } from "../repo-facts/facts-lookup";
import { factsView, type FactsView } from "./facts-view";

/**
 * What every surface shows of one entry, derived once: the dashboard card, the query block's
 * list/table/cards, `atlas query` / `atlas index` (text and JSON) and the md/html export all read
 * this instead of computing the facts themselves. Texts are raw note text: each surface escapes
 * them its own way (DOM text, HTML, Markdown, JSON, the CLI's terminal sanitizer).
 *
 * To show a new fact: add a field here (computed in `buildView`), then read it in each surface
 * that displays it. Facts that do not depend on the language still belong here if a surface shows them.
 */
export interface EntryView {
	/** The parsed note, for what the view does not derive (path, stage, tags, starred, links). */
	readonly entry: Entry;
	readonly language: Language;
	/** `name_zh`/`name_en` in the view's language, else `name`; never a fallback. */
	readonly name: LocalizedText;
	/**
	 * Null when neither the note (in any language) nor its repository has a summary; `fallback` when it
	 * is the other language's; `fromRepository` when it is the repository's description (the note has none).
	 */
	readonly summary: (LocalizedText & { readonly fromRepository?: boolean }) | null;
	/** Only set for a repository URL; `label` is `owner/project` on code hosts, else host and path. */
	readonly repo: { readonly url: string; readonly label: string } | null;
	readonly newest: NewestSourceView | null;
	readonly sourceCount: number;
	/** The parent framework as written in `based_on` (surfaces decide whether nesting already says it). */
	readonly basedOn: string | null;
	/** Repository facts (stars, last push, badges) when the view was built with a facts lookup and the repo has a record. */
	readonly facts: FactsView | null;
}

export interface NewestSourceView {
	readonly source: DatedSource;
	/** `2025-07-02 14:01`: the date as written, to the minute, never re-read through `Date`. */
	readonly dateLabel: string;
	/** The weekday in the view's language, from the date itself; null for text that is not a date. */
	readonly weekday: string | null;
}

// Entries are immutable and outlive many renders; a view is built once per entry, language and facts
// lookup (a refresh makes a new lookup, so views with the old facts are simply no longer asked for).
type ViewCache = { zh: WeakMap<Entry, EntryView>; en: WeakMap<Entry, EntryView> };
const NO_LOOKUP = {};
const views = new WeakMap<object, ViewCache>();

export function entryView(entry: Entry, language: Language, facts?: FactsLookup): EntryView {
	const key = facts ?? NO_LOOKUP;
	let byLanguage = views.get(key);
	if (!byLanguage) views.set(key, (byLanguage = { zh: new WeakMap(), en: new WeakMap() }));
	const cache = byLanguage[language];
	let view = cache.get(entry);
	if (!view) cache.set(entry, (view = buildView(entry, language, facts)));
	return view;
}

function buildView(entry: Entry, language: Language, lookup: FactsLookup | undefined): EntryView {
	const newest = newestSource(entry.sources);
	const facts = lookup === undefined ? null : factsView(entry, lookup);
	const summary = entrySummary(entry, language);
	return {
		entry,
		language,
		name: entryName(entry, language),
		summary: summary ?? (facts?.description ? { text: facts.description, fallback: false, fromRepository: true } : null),
		repo: entry.repo === null ? null : { url: entry.repo, label: repoLabel(entry.repo) },
		newest: newest === null ? null : { source: newest, dateLabel: sourceDateLabel(newest.date), weekday: weekdayName(newest.date, language) },
		sourceCount: entry.sources.length,
		basedOn: entry.basedOn,
		facts,
	};
}

/** The language a fallback text is really in (for `lang` attributes and screen readers). */
export function otherLanguage(language: Language): Language {
	return language === "zh" ? "en" : "zh";
}

/**
 * An entry as one query's result shows it: the entry view plus what depends on the query, the body
 * snippet (the words around the match when the query found the entry through its note text). Every
 * result surface (query list/table/cards, dashboard cards, `atlas query` text and JSON) reads it here.
 */
export interface ResultView extends EntryView {
	readonly snippet: Snippet | null;
}

export function resultView(entry: Entry, language: Language, query: Query | null, facts?: FactsLookup): ResultView {
	return { ...entryView(entry, language, facts), snippet: query === null ? null : querySnippet(query, entry) };
}
