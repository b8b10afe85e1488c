import type { ComparisonMatrix } from "../../core/views/comparison-matrix";
import { entryName } from "../../core/text/bilingual";
import { displayWidth, padEnd } from "../../core/text/display-width";
import type { Translator } from "../../i18n/translator";

const GAP = "  ";

/** The matrix for a terminal: name column, a column per tag (`✓` or blank), a count row; widths by display columns (CJK is two). */
export function formatMatrixText(matrix: ComparisonMatrix, { t, language }: Translator): string[] {
	const names = matrix.rows.map((row) => entryName(row.entry, language).text);
	const first = [t("query.results.name"), ...names, t("query.results.matrixCount")];
	const nameWidth = Math.max(...first.map(displayWidth));
	const widths = matrix.columns.map((column, i) => Math.max(displayWidth(column.label), String(matrix.counts[i]).length, 1));
	const line = (name: string, cells: string[]) => (padEnd(name, nameWidth) + cells.map((cell, i) => GAP + padEnd(cell, widths[i]!)).join("")).trimEnd();
	return [
		line(first[0]!, matrix.columns.map((c) => c.label)),
		...matrix.rows.map((row, r) => line(names[r]!, row.cells.map((ticked) => (ticked ? "✓" : "")))),
		line(first[first.length - 1]!, matrix.counts.map(String)),
	];
}
