import type { Language } from "../stages/stage-vocabulary";
import { insertUnderSources } from "./insert-under-sources";
import { formatSourceLine } from "./source-line-format";

export interface SourceSettings {
	sourceLineFormat: string;
	weekdayLanguage: Language;
	/** Heading created when the note has none, e.g. "Sources" or "来源". */
	newHeading: string;
}

/** The note text with a dated line for (url, title) at the end of its Sources section. */
export function addDatedSource(noteText: string, source: { url: string; title: string }, settings: SourceSettings, now: Date): string {
	const line = formatSourceLine(settings.sourceLineFormat, { now, weekdayLanguage: settings.weekdayLanguage, url: source.url, title: source.title });
	return insertUnderSources(noteText, line, { newHeading: settings.newHeading });
}
