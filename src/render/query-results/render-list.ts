import type { Entry } from "../../core/model/entry";
import { resultView } from "../../core/view/entry-view";
import { el } from "../dom";
import { basedOnNote, bodySnippet, noteLink, repoLink, starMark } from "./entry-parts";
import type { QueryRenderContext } from "./query-render-context";
import { renderFactsBadges } from "../facts-badges";

export function renderList(parent: HTMLElement, entries: Entry[], context: QueryRenderContext): void {
	const list = el(parent, "ul", { cls: "atlas-query-list" });
	for (const entry of entries) {
		const view = resultView(entry, context.i18n.language, context.query ?? null, context.facts?.lookup);
		const item = el(list, "li", { cls: "atlas-query-item" });
		starMark(item, view, context);
		noteLink(item, view, context);
		basedOnNote(item, view, context);
		repoLink(item, view);
		const badges = renderFactsBadges(item, view.facts, context.i18n, context.facts);
		badges?.classList.add("atlas-query-facts");
		bodySnippet(item, view, context);
	}
}
