import type { ComparisonMatrix, MatrixRow } from "../../core/views/comparison-matrix";
import { entryView } from "../../core/view/entry-view";
import { el } from "../dom";
import { noteLink, starMark } from "./entry-parts";
import type { QueryRenderContext } from "./query-render-context";

/** Which column the rows are sorted by (-1: the query's own order) and which way. */
interface SortState {
	column: number;
	descending: boolean;
}

/**
 * The matrix as a table: a sticky name column (links to the notes), one ✓ column per tag and a
 * count row. A header click sorts by that column (ticked first, click again for the reverse, a
 * third time back to the query's order). It scrolls sideways inside its own box, so a narrow
 * sidebar never overflows.
 */
export function renderMatrix(parent: HTMLElement, matrix: ComparisonMatrix, context: QueryRenderContext): HTMLElement {
	const { t } = context.i18n;
	const scroll = el(parent, "div", { cls: "atlas-matrix-scroll", attr: { tabindex: 0, role: "region", "aria-label": t("query.results.matrixCaption") } });
	const table = el(scroll, "table", { cls: "atlas-matrix" });
	el(table, "caption", { cls: "atlas-visually-hidden", text: t("query.results.matrixCaption") });
	const headRow = el(el(table, "thead"), "tr");
	el(headRow, "th", { cls: "atlas-matrix-name", text: t("query.results.name"), attr: { scope: "col" } });
	const body = el(table, "tbody");
	const state: SortState = { column: -1, descending: false };
	const buttons = matrix.columns.map((column, i) => {
		const th = el(headRow, "th", { cls: "atlas-matrix-tag", attr: { scope: "col", "aria-sort": "none" } });
		const button = el(th, "button", { cls: "atlas-matrix-sort", text: column.label, title: `#${column.tag}`, attr: { type: "button", "aria-label": t("query.results.matrixSort", { column: column.label }) } });
		button.addEventListener("click", () => {
			cycle(state, i);
			drawRows(body, sortedRows(matrix.rows, state), matrix, context);
			for (const [j, other] of buttons.entries()) {
				other.parentElement!.setAttribute("aria-sort", state.column === j ? (state.descending ? "ascending" : "descending") : "none");
			}
		});
		return button;
	});
	drawRows(body, matrix.rows, matrix, context);
	const foot = el(el(table, "tfoot"), "tr");
	el(foot, "th", { cls: "atlas-matrix-name", text: t("query.results.matrixCount"), attr: { scope: "row" } });
	for (const count of matrix.counts) el(foot, "td", { cls: "atlas-matrix-count", text: String(count) });
	return scroll;
}

/** Ticked first, then unticked; again: unticked first; a third click: the query's order. */
function cycle(state: SortState, column: number): void {
	if (state.column !== column) Object.assign(state, { column, descending: false });
	else if (!state.descending) state.descending = true;
	else Object.assign(state, { column: -1, descending: false });
}

function sortedRows(rows: readonly MatrixRow[], state: SortState): readonly MatrixRow[] {
	if (state.column === -1) return rows;
	const rank = (row: MatrixRow) => (row.cells[state.column] ? 0 : 1);
	// Array sort is stable: within ticked and unticked, the query's order stays.
	return [...rows].sort((a, b) => (state.descending ? rank(b) - rank(a) : rank(a) - rank(b)));
}

function drawRows(body: HTMLElement, rows: readonly MatrixRow[], matrix: ComparisonMatrix, context: QueryRenderContext): void {
	body.replaceChildren();
	for (const row of rows) {
		const tr = el(body, "tr", { attr: { "data-path": row.entry.path } });
		const name = el(tr, "th", { cls: "atlas-matrix-name", attr: { scope: "row" } });
		const view = entryView(row.entry, context.i18n.language);
		starMark(name, view, context);
		noteLink(name, view, context);
		row.cells.forEach((ticked, i) => {
			const label = matrix.columns[i]!.label;
			el(tr, "td", { cls: ["atlas-matrix-cell", ...(ticked ? ["is-ticked"] : [])], text: ticked ? "✓" : "", attr: ticked ? { "aria-label": context.i18n.t("query.results.matrixHas", { tag: label }) } : {} });
		});
	}
}
