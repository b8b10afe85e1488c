import type { Entry } from "../model/entry";
import type { StageId } from "../stages/stage-vocabulary";

/** One dated source with the entry it belongs to. */
export interface TimelineSource {
	/** Local wall-clock text as written (`YYYY-MM-DD[THH:mm[:ss]]`). */
	date: string;
	title: string;
	url: string | null;
	entry: Entry;
}

export interface TimelineMonth {
	/** `YYYY-MM`, the month the source's own date text names: no time zone is ever applied. */
	month: string;
	count: number;
	/** Newest first. */
	sources: TimelineSource[];
	/** Sources per stage of their entry, for the stacked bars. */
	byStage: ReadonlyMap<StageId, number>;
}

/**
 * Every dated source of the entries, grouped by month, newest month first. Sorted once by date text
 * (normalised dates sort as text; a stable sort keeps same-minute sources in entry order), then cut
 * where the `YYYY-MM` prefix changes: no per-source month string or map lookup.
 */
export function readingTimeline(entries: readonly Entry[]): TimelineMonth[] {
	const all: TimelineSource[] = [];
	for (const entry of entries) for (const source of entry.sources) all.push({ date: source.date, title: source.title, url: source.url, entry });
	all.sort(newestFirst);
	const months: TimelineMonth[] = [];
	let current: { month: string; sources: TimelineSource[]; byStage: Map<StageId, number> } | null = null;
	for (const source of all) {
		if (current === null || !source.date.startsWith(current.month)) {
			current = { month: source.date.slice(0, 7), sources: [], byStage: new Map() };
			months.push({ month: current.month, count: 0, sources: current.sources, byStage: current.byStage });
		}
		current.sources.push(source);
		current.byStage.set(source.entry.stage, (current.byStage.get(source.entry.stage) ?? 0) + 1);
	}
	for (const month of months) month.count = month.sources.length;
	return months;
}

function newestFirst(a: TimelineSource, b: TimelineSource): number {
	return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
}

/** The `n` months up to and including the one `now` falls in, on the local calendar, oldest first. */
export function recentMonths(now: Date, n: number): string[] {
	const months: string[] = [];
	for (let back = n - 1; back >= 0; back--) {
		const total = now.getFullYear() * 12 + now.getMonth() - back;
		months.push(monthText(Math.floor(total / 12), (total % 12) + 1));
	}
	return months;
}

/** Every month from the first to the last (`YYYY-MM`), oldest first, so a chart shows empty months too. */
export function monthSpan(first: string, last: string): string[] {
	const months: string[] = [];
	let [y, m] = first.split("-").map(Number) as [number, number];
	for (let guard = 0; monthText(y, m) <= last && guard < 1200; guard++) {
		months.push(monthText(y, m));
		[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
	}
	return months;
}

/** The `after:` (inclusive) and `before:` (exclusive) dates that select one month. */
export function monthBounds(month: string): { after: string; before: string } {
	const [y, m] = month.split("-").map(Number) as [number, number];
	return { after: `${month}-01`, before: `${m === 12 ? monthText(y + 1, 1) : monthText(y, m + 1)}-01` };
}

function monthText(year: number, month: number): string {
	return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}
