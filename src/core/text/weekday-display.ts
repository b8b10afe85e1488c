import { normalizeLocalDate, weekdayOf } from "../parse/local-date";
import { WEEKDAYS_EN, WEEKDAYS_ZH } from "../parse/weekdays";
import type { Language } from "../stages/stage-vocabulary";

/**
 * The weekday of a dated source in the display language, computed from the date text itself.
 * Whatever weekday the note's line carries (English by default, maybe a wrong one) and whatever
 * the machine's time zone, 2025-07-02 is a Wednesday / 星期三. Null for text that is not a date.
 */
export function weekdayName(date: string, language: Language): string | null {
	const normalized = normalizeLocalDate(date);
	if (normalized === null) return null;
	return (language === "zh" ? WEEKDAYS_ZH : WEEKDAYS_EN)[weekdayOf(normalized)]!;
}
