import type { Entry } from "../../core/model/entry";
import { entrySummary } from "../../core/text/bilingual";
import { el } from "../dom";
import { basedOnNote, bodySnippet, newestSourceText, noteLink, repoLink, starMark } from "./entry-parts";
import type { QueryRenderContext } from "./query-render-context";

export function renderCards(parent: HTMLElement, entries: Entry[], context: QueryRenderContext): void {
	const { language } = context.i18n;
	const grid = el(parent, "div", { cls: "atlas-query-cards" });
	for (const entry of entries) {
		const card = el(grid, "div", { cls: "atlas-query-card" });
		const title = el(card, "div", { cls: "atlas-query-card-title" });
		starMark(title, entry, context);
		noteLink(title, entry, context);
		el(card, "div", { cls: "atlas-query-card-stage", text: context.vocabulary.label(entry.stage, language) });
		const summary = entrySummary(entry, language);
		if (summary) el(card, "div", { cls: ["atlas-query-card-summary", ...(summary.fallback ? ["atlas-query-fallback"] : [])], text: summary.text });
		basedOnNote(card, entry, context);
		bodySnippet(card, entry, context);
		if (entry.tags.length > 0) {
			const tags = el(card, "div", { cls: "atlas-query-card-tags" });
			for (const tag of entry.tags) el(tags, "span", { cls: "atlas-query-tag", text: `#${tag}` });
		}
		repoLink(card, entry);
		const newest = newestSourceText(entry);
		if (newest !== null) el(card, "div", { cls: "atlas-query-date", text: newest });
	}
}
