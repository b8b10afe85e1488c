import type { IndexSnapshot } from "../../core/index/index-snapshot";
import type { Entry } from "../../core/model/entry";
import { parseQuery } from "../../core/query/parse-query";
import type { ColumnSpec, GroupMode, Query, ViewMode } from "../../core/query/query-types";
import { runQuery, type QueryResult } from "../../core/query/run-query";
import type { StageDefinition } from "../../core/stages/stage-vocabulary";
import { comparisonMatrix } from "../../core/views/comparison-matrix";
import { readingTimeline } from "../../core/views/reading-timeline";
import { explainQuery } from "../../i18n/query/explain-query";
import { clear, el } from "../dom";
import type { QueryRenderContext } from "./query-render-context";
import { renderCards } from "./render-cards";
import { renderList } from "./render-list";
import { renderMatrix } from "./render-matrix";
import { renderQueryError } from "./render-query-error";
import { renderTable } from "./render-table";
import { renderTimeline } from "./render-timeline";

type ViewRenderer = (parent: HTMLElement, entries: Entry[], context: QueryRenderContext) => void;
type EntryViewMode = Exclude<ViewMode, "matrix" | "timeline">;
const VIEWS: Record<EntryViewMode, ViewRenderer> = { list: renderList, table: renderTable, cards: renderCards };

/** What a rendered block shows, so its owner can tell whether a later change could affect it. */
export interface RenderedQuery {
	query: Query | null;
	shownPaths: Set<string>;
}

/** Parses, runs and renders one query into `container` (cleared first). */
export function renderQueryBlock(container: HTMLElement, source: string, snapshot: IndexSnapshot, context: QueryRenderContext): RenderedQuery {
	clear(container);
	const root = el(container, "div", { cls: "atlas-query" });
	const parsed = parseQuery(source, context.vocabulary);
	if (!parsed.ok) {
		renderQueryError(root, source, parsed.error, context.i18n);
		return { query: null, shownPaths: new Set() };
	}
	const query = parsed.query;
	const result = runQuery(query, snapshot, context.facts?.lookup);
	renderResult(root, query, result, { ...context, query }, snapshot.stages.map((g) => g.stage));
	return { query, shownPaths: new Set(result.entries.map((e) => e.path)) };
}

/** `stages`: the snapshot's, in order (the timeline stacks and colours by them). */
export function renderResult(root: HTMLElement, query: Query, result: QueryResult, context: QueryRenderContext, stages: readonly StageDefinition[]): void {
	const { t } = context.i18n;
	const { view, group, explain, columns } = query.directives;
	if (explain) {
		const box = el(root, "div", { cls: "atlas-query-explain" });
		el(box, "div", { cls: "atlas-query-explain-title", text: t("query.results.explainTitle") });
		el(box, "pre", { text: explainQuery(query, context.vocabulary, context.i18n, result.total) });
	}
	if (result.entries.length === 0) {
		el(root, "div", { cls: "atlas-query-empty", text: t("query.results.none") });
		return;
	}
	// The parser guarantees a matrix has columns.
	if (view === "matrix" && columns !== null) renderMatrixView(root, result.entries, columns, context);
	else if (view === "timeline") renderTimeline(root, readingTimeline(result.entries), stages, context);
	else renderEntries(root, view === "matrix" ? "list" : view, group, result, context);
	const shown = result.entries.length;
	const count = shown < result.total ? t("query.results.shownOf", { shown, total: result.total }) : t("query.results.count", { count: shown });
	el(root, "div", { cls: "atlas-query-count", text: count });
}

function renderEntries(root: HTMLElement, view: EntryViewMode, group: GroupMode, result: QueryResult, context: QueryRenderContext): void {
	const { t, language } = context.i18n;
	const render = VIEWS[view];
	if (group === "none") {
		render(el(root, "div", { cls: "atlas-query-group" }), result.entries, context);
		return;
	}
	for (const stageGroup of result.groups) {
		const section = el(root, "div", { cls: "atlas-query-group", attr: { "data-stage": stageGroup.stage.id } });
		el(section, "div", { cls: "atlas-query-group-heading", text: t("query.results.groupHeading", { label: stageGroup.stage.labels[language], count: stageGroup.entries.length }) });
		render(section, stageGroup.entries, context);
	}
}

function renderMatrixView(root: HTMLElement, entries: readonly Entry[], columns: ColumnSpec, context: QueryRenderContext): void {
	const matrix = comparisonMatrix(entries, columns);
	if (matrix.columns.length === 0 && columns.kind === "children") el(root, "div", { cls: "atlas-query-empty", text: context.i18n.t("query.results.matrixNoColumns", { parent: columns.parent }) });
	else renderMatrix(root, matrix, context);
}
