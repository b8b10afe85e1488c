import type { Entry } from "../../core/model/entry";
import { entryView } from "../../core/view/entry-view";
import { el } from "../dom";
import { noteLink, repoLink, starMark } from "./entry-parts";
import type { QueryRenderContext } from "./query-render-context";

/** Columns: name, stage, repository, newest source. */
export function renderTable(parent: HTMLElement, entries: Entry[], context: QueryRenderContext): void {
	const { t, language } = context.i18n;
	const table = el(parent, "table", { cls: "atlas-query-table" });
	const head = el(el(table, "thead"), "tr");
	for (const key of ["name", "stage", "repo", "newestSource"]) el(head, "th", { text: t(`query.results.${key}`) });
	const body = el(table, "tbody");
	for (const entry of entries) {
		const view = entryView(entry, language);
		const row = el(body, "tr");
		const name = el(row, "td");
		starMark(name, view, context);
		noteLink(name, view, context);
		el(row, "td", { text: context.vocabulary.label(entry.stage, language) });
		repoLink(el(row, "td"), view);
		const newest = view.newest?.dateLabel ?? null;
		el(row, "td", { cls: newest === null ? "atlas-query-muted" : "atlas-query-date", text: newest ?? t("query.results.noSources") });
	}
}
