import { monthBounds } from "./reading-timeline";

/** `after:…`/`before:…` words in any spelling the query language accepts (ASCII or full-width colon). */
const DATE_WORD = /(^|\s)(?:after|before|晚于|之后|早于|之前)[:：]\S*/gi;

/**
 * The filter text after a click on a month's bar: that month's `after:`/`before:` replace any date
 * bounds already typed, and a second click on the same month takes them away again. The rest of the
 * text is kept as typed.
 */
export function toggleMonthFilter(text: string, month: string): string {
	const rest = text.replace(DATE_WORD, " ").replace(/\s+/g, " ").trim();
	if (filteredMonth(text) === month) return rest;
	const { after, before } = monthBounds(month);
	return [rest, `after:${after} before:${before}`].filter(Boolean).join(" ");
}

/** The month the text selects with exactly the bounds a bar click writes, else null. */
export function filteredMonth(text: string): string | null {
	const after = /(?:^|\s)after:(\d{4}-\d{2})-01(?=\s|$)/i.exec(text);
	if (!after) return null;
	const { before } = monthBounds(after[1]!);
	return new RegExp(`(?:^|\\s)before:${before}(?=\\s|$)`, "i").test(text) ? after[1]! : null;
}
