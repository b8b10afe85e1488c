import type { Snippet } from "../query/body-snippet";
import type { ComparisonMatrix } from "../views/comparison-matrix";
import type { TimelineMonth } from "../views/reading-timeline";
import { jsonDate } from "./entry-json";

export interface MatrixJson {
	columns: string[];
	/** How many rows have each column. */
	counts: number[];
	rows: { path: string; name: string; cells: boolean[] }[];
}

export interface TimelineMonthJson {
	month: string;
	count: number;
	sources: { date: string; title: string; url: string | null; entry: string; path: string }[];
}

export function matrixToJson(matrix: ComparisonMatrix): MatrixJson {
	return {
		columns: matrix.columns.map((c) => c.label),
		counts: [...matrix.counts],
		rows: matrix.rows.map((row) => ({ path: row.entry.path, name: row.entry.name, cells: [...row.cells] })),
	};
}

export function timelineToJson(months: readonly TimelineMonth[]): TimelineMonthJson[] {
	return months.map((m) => ({
		month: m.month,
		count: m.count,
		sources: m.sources.map((s) => ({ date: jsonDate(s.date), title: s.title, url: s.url, entry: s.entry.name, path: s.entry.path })),
	}));
}

/** The snippet with its marks as `[start, length]` offsets into `text` (UTF-16 units, as JavaScript counts). */
export function snippetToJson(snippet: Snippet): { text: string; marks: [number, number][] } {
	return { text: snippet.text, marks: snippet.marks.map((m) => [m.start, m.length]) };
}
