import type { Entry } from "../model/entry";
import type { ColumnSpec } from "../query/query-types";
import type { Language } from "../stages/stage-vocabulary";
import { entryName } from "../text/bilingual";
import { comparisonMatrix, type ComparisonMatrix } from "../views/comparison-matrix";
import type { CatalogueLabels } from "./catalogue-options";
import { escapeHtml, htmlLink } from "./html-escape";
import { escapeMarkdownText, markdownLink } from "./markdown-escape";

/** One stage's matrix: only the entries with at least one ticked column, as awesome-lists compare projects. */
export function stageMatrix(entries: readonly Entry[], spec: ColumnSpec): ComparisonMatrix | null {
	const matrix = comparisonMatrix(entries, spec);
	const rows = matrix.rows.filter((row) => row.cells.some(Boolean));
	return rows.length === 0 || matrix.columns.length === 0 ? null : { ...matrix, rows };
}

/** A GitHub-flavoured table; every note text escaped, so a `|` in a name cannot open a cell. */
export function matrixMarkdown(matrix: ComparisonMatrix, language: Language, labels: CatalogueLabels): string[] {
	const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
	return [
		row([escapeMarkdownText(labels.matrixName), ...matrix.columns.map((c) => escapeMarkdownText(c.label))]),
		row(["---", ...matrix.columns.map(() => ":-:")]),
		...matrix.rows.map((r) => row([markdownLink(entryName(r.entry, language).text, r.entry.repo), ...r.cells.map((ticked) => (ticked ? "✓" : " "))])),
		row([`**${escapeMarkdownText(labels.matrixCount)}**`, ...matrix.counts.map(String)]),
	];
}

export function matrixHtml(matrix: ComparisonMatrix, language: Language, labels: CatalogueLabels): string {
	const head = `<tr><th scope="col">${escapeHtml(labels.matrixName)}</th>${matrix.columns.map((c) => `<th scope="col" title="#${escapeHtml(c.tag)}">${escapeHtml(c.label)}</th>`).join("")}</tr>`;
	const body = matrix.rows
		.map((r) => `<tr><th scope="row">${htmlLink(entryName(r.entry, language).text, r.entry.repo, "atlas-name")}</th>${r.cells.map((ticked) => `<td>${ticked ? "✓" : ""}</td>`).join("")}</tr>`)
		.join("");
	const foot = `<tr><th scope="row">${escapeHtml(labels.matrixCount)}</th>${matrix.counts.map((n) => `<td>${n}</td>`).join("")}</tr>`;
	return `<div class="atlas-matrix-scroll"><table class="atlas-matrix"><thead>${head}</thead><tbody>${body}</tbody><tfoot>${foot}</tfoot></table></div>`;
}
