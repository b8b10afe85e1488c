import type { Language } from "../stages/stage-vocabulary";
import { WEEKDAYS_EN, WEEKDAYS_ZH } from "../parse/weekdays";

/**
 * Dated source lines: `2025-07-02 14:01:48 Wednesday <title> <url>` by default.
 *
 * Tokens (all from the LOCAL wall clock of `now`): YYYY year, MM month, DD day, HH hour (00-23),
 * mm minute, ss second, dddd weekday name (English or 星期三, by setting), ddd short weekday
 * (Wed / 周三); `{title}` and `{url}` are the source. Any other text is copied as written.
 * Text inside square brackets `[...]` is copied literally (as in moment), e.g. `[at] HH:mm`.
 */
export const DEFAULT_SOURCE_LINE_FORMAT = "YYYY-MM-DD HH:mm:ss dddd {title} {url}";

export interface SourceLineInput {
	now: Date;
	title: string;
	url: string;
	weekdayLanguage: Language;
}

const SHORT_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const SHORT_ZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;

const TOKEN = /\[[^\]]*\]|\{title\}|\{url\}|YYYY|MM|DD|HH|mm|ss|dddd|ddd/g;

/** Characters the note reader drops in front of a title; dropped here too so what is written reads back equal. */
const LEADING_SEPARATORS = /^[\s｜|:：\-–—·]+/;

/** A title as it can live on one line: whitespace (newlines included) collapsed, reader-stripped separators removed. */
export function normalizeSourceTitle(title: string): string {
	return title.replace(/\s+/g, " ").replace(LEADING_SEPARATORS, "").trim();
}

export function formatSourceLine(format: string, input: SourceLineInput): string {
	const fields = wallClock(input.now);
	const title = normalizeSourceTitle(input.title);
	const url = input.url.trim();
	const day = input.now.getDay();
	const values: Record<string, string> = {
		...fields,
		dddd: (input.weekdayLanguage === "zh" ? WEEKDAYS_ZH : WEEKDAYS_EN)[day]!,
		ddd: (input.weekdayLanguage === "zh" ? SHORT_ZH : SHORT_EN)[day]!,
		"{title}": title,
		"{url}": url,
	};
	const line = format.replace(TOKEN, (token) => (token.startsWith("[") ? token.slice(1, -1) : (values[token] ?? token)));
	// An empty title or url must not leave doubled or trailing spaces; a line never spans lines.
	return line.replace(/[\r\n]+/g, " ").replace(/[ \t]{2,}/g, " ").trim();
}

/** The local date and time of `now` as zero-padded text fields. */
export function wallClock(now: Date): { YYYY: string; MM: string; DD: string; HH: string; mm: string; ss: string } {
	const pad = (n: number) => String(n).padStart(2, "0");
	return {
		YYYY: String(now.getFullYear()).padStart(4, "0"),
		MM: pad(now.getMonth() + 1),
		DD: pad(now.getDate()),
		HH: pad(now.getHours()),
		mm: pad(now.getMinutes()),
		ss: pad(now.getSeconds()),
	};
}

/** The weekday of `now` (local) in the stored language. */
export function weekdayName(now: Date, language: Language): string {
	return (language === "zh" ? WEEKDAYS_ZH : WEEKDAYS_EN)[now.getDay()]!;
}
