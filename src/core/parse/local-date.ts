/**
 * Dates in notes are local wall-clock text. They are validated and normalised as text and
 * never pass through `new Date("YYYY-MM-DD")`, which would read them as UTC midnight and
 * show the previous day west of Greenwich.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** `2025-07-02 9:05` → `2025-07-02T09:05`; null when not a real calendar date/time. */
export function normalizeLocalDate(text: string): string | null {
	const match = DATE_TIME.exec(text.trim());
	if (!match) return null;
	const [, y, mo, d, h, mi, s] = match;
	if (!isCalendarDate(Number(y), Number(mo), Number(d))) return null;
	if (h === undefined || mi === undefined) return `${y}-${mo}-${d}`;
	if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null;
	const time = `${h.padStart(2, "0")}:${mi}${s === undefined ? "" : `:${s}`}`;
	return `${y}-${mo}-${d}T${time}`;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Day of week (0 = Sunday) of a local date, computed from the calendar, not from any time zone. */
export function weekdayOf(date: string): number {
	const [y, m, d] = date.slice(0, 10).split("-").map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
