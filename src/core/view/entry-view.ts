import type { DatedSource, Entry } from "../model/entry";
import type { Language } from "../stages/stage-vocabulary";
import { entryName, entrySummary, type LocalizedText } from "../text/bilingual";
import { weekdayName } from "../text/weekday-display";
import { newestSource, sourceDateLabel } from "./newest-source";
import { repoLabel } from "./repo-label";

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
	/** Null when the note has no summary in any language; `fallback` when it is the other language's. */
	readonly summary: LocalizedText | null;
	/** Only set for a repository URL; `label` is `owner/project` on code hosts, else host and path. */
	readonly repo: { readonly url: string; readonly label: string } | null;
	readonly newest: NewestSourceView | null;
	readonly sourceCount: number;
	/** The parent framework as written in `based_on` (surfaces decide whether nesting already says it). */
	readonly basedOn: string | null;
}

export interface NewestSourceView {
	readonly source: DatedSource;
	/** `2025-07-02 14:01`: the date as written, to the minute, never re-read through `Date`. */
	readonly dateLabel: string;
	/** The weekday in the view's language, from the date itself; null for text that is not a date. */
	readonly weekday: string | null;
}

// Entries are immutable and outlive many renders; a view is built once per entry and language.
const views = { zh: new WeakMap<Entry, EntryView>(), en: new WeakMap<Entry, EntryView>() };

export function entryView(entry: Entry, language: Language): EntryView {
	const cache = views[language];
	let view = cache.get(entry);
	if (!view) cache.set(entry, (view = buildView(entry, language)));
	return view;
}

function buildView(entry: Entry, language: Language): EntryView {
	const newest = newestSource(entry.sources);
	return {
		entry,
		language,
		name: entryName(entry, language),
		summary: entrySummary(entry, language),
		repo: entry.repo === null ? null : { url: entry.repo, label: repoLabel(entry.repo) },
		newest: newest === null ? null : { source: newest, dateLabel: sourceDateLabel(newest.date), weekday: weekdayName(newest.date, language) },
		sourceCount: entry.sources.length,
		basedOn: entry.basedOn,
	};
}

/** The language a fallback text is really in (for `lang` attributes and screen readers). */
export function otherLanguage(language: Language): Language {
	return language === "zh" ? "en" : "zh";
}
