import type { Entry } from "../../core/model/entry";
import { entryView } from "../../core/view/entry-view";
import { el } from "../dom";
import { localizedText } from "../localized-text";
import { basedOnNote, noteLink, repoLink, starMark } from "./entry-parts";
import type { QueryRenderContext } from "./query-render-context";

export function renderCards(parent: HTMLElement, entries: Entry[], context: QueryRenderContext): void {
	const { language } = context.i18n;
	const grid = el(parent, "div", { cls: "atlas-query-cards" });
	for (const entry of entries) {
		const view = entryView(entry, language);
		const card = el(grid, "div", { cls: "atlas-query-card" });
		const title = el(card, "div", { cls: "atlas-query-card-title" });
		starMark(title, view, context);
		noteLink(title, view, context);
		el(card, "div", { cls: "atlas-query-card-stage", text: context.vocabulary.label(entry.stage, language) });
		if (view.summary) localizedText(card, "div", view.summary, context.i18n, "atlas-query-card-summary");
		basedOnNote(card, view, context);
		if (entry.tags.length > 0) {
			const tags = el(card, "div", { cls: "atlas-query-card-tags" });
			for (const tag of entry.tags) el(tags, "span", { cls: "atlas-query-tag", text: `#${tag}` });
		}
		repoLink(card, view);
		if (view.newest !== null) el(card, "div", { cls: "atlas-query-date", text: view.newest.dateLabel });
	}
}
