import type { IndexSnapshot } from "../../core/index/index-snapshot";
import type { Entry } from "../../core/model/entry";
import { parseQuery } from "../../core/query/parse-query";
import type { Query, ViewMode } from "../../core/query/query-types";
import { runQuery, type QueryResult } from "../../core/query/run-query";
import { explainQuery } from "../../i18n/query/explain-query";
import { clear, el } from "../dom";
import type { QueryRenderContext } from "./query-render-context";
import { renderCards } from "./render-cards";
import { renderList } from "./render-list";
import { renderQueryError } from "./render-query-error";
import { renderTable } from "./render-table";

type ViewRenderer = (parent: HTMLElement, entries: Entry[], context: QueryRenderContext) => void;
const VIEWS: Record<ViewMode, ViewRenderer> = { list: renderList, table: renderTable, cards: renderCards };

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
	const result = runQuery(parsed.query, snapshot, context.facts?.lookup);
	renderResult(root, parsed.query, result, context);
	return { query: parsed.query, shownPaths: new Set(result.entries.map((e) => e.path)) };
}

export function renderResult(root: HTMLElement, query: Query, result: QueryResult, context: QueryRenderContext): void {
	const { t, language } = context.i18n;
	const { view, group, explain } = query.directives;
	if (explain) {
		const box = el(root, "div", { cls: "atlas-query-explain" });
		el(box, "div", { cls: "atlas-query-explain-title", text: t("query.results.explainTitle") });
		el(box, "pre", { text: explainQuery(query, context.vocabulary, context.i18n, result.total) });
	}
	if (result.entries.length === 0) {
		el(root, "div", { cls: "atlas-query-empty", text: t("query.results.none") });
		return;
	}
	const render = VIEWS[view];
	if (group === "none") render(el(root, "div", { cls: "atlas-query-group" }), result.entries, context);
	else {
		for (const stageGroup of result.groups) {
			const section = el(root, "div", { cls: "atlas-query-group", attr: { "data-stage": stageGroup.stage.id } });
			el(section, "div", { cls: "atlas-query-group-heading", text: t("query.results.groupHeading", { label: stageGroup.stage.labels[language], count: stageGroup.entries.length }) });
			render(section, stageGroup.entries, context);
		}
	}
	const shown = result.entries.length;
	const count = shown < result.total ? t("query.results.shownOf", { shown, total: result.total }) : t("query.results.count", { count: shown });
	el(root, "div", { cls: "atlas-query-count", text: count });
}
