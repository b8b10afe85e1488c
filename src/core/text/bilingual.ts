import type { Entry } from "../model/entry";
import type { Language } from "../stages/stage-vocabulary";

/** A text shown in the active language, and whether it had to fall back to the other one. */
export interface LocalizedText {
	text: string;
	fallback: boolean;
}

/**
 * `name_zh` / `name_en` in the active language, else plain `name`, which is language-neutral and
 * always present (the parser defaults it to the file name), so a name never needs the other
 * language and is never marked. Summaries can: see entrySummary.
 */
export function entryName(entry: Entry, language: Language): LocalizedText {
	const own = language === "zh" ? entry.nameZh : entry.nameEn;
	return { text: own ?? entry.name, fallback: false };
}

/** `summary_zh` / `summary_en` in the active language, then plain `summary`, then the other language (marked as a fallback). */
export function entrySummary(entry: Entry, language: Language): LocalizedText | null {
	const own = language === "zh" ? entry.summaryZh : entry.summaryEn;
	if (own !== null) return { text: own, fallback: false };
	if (entry.summary !== null) return { text: entry.summary, fallback: false };
	const other = language === "zh" ? entry.summaryEn : entry.summaryZh;
	return other === null ? null : { text: other, fallback: true };
}
