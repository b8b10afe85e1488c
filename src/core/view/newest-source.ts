import type { DatedSource } from "../model/entry";

/**
 * The most recent source by its local date text: dates are normalised `YYYY-MM-DD[THH:mm[:ss]]`,
 * so text order is time order. The first one wins ties (note order).
 */
export function newestSource(sources: readonly DatedSource[]): DatedSource | null {
	let newest: DatedSource | null = null;
	for (const source of sources) if (newest === null || source.date > newest.date) newest = source;
	return newest;
}

/** `2025-07-02T14:01:48` → `2025-07-02 14:01`: the day and minute are what a reader scans for. */
export function sourceDateLabel(date: string): string {
	const [day, time] = date.split("T");
	return time ? `${day} ${time.slice(0, 5)}` : (day ?? date);
}
