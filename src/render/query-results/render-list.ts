import type { Entry } from "../../core/model/entry";
import { entryView } from "../../core/view/entry-view";
import { el } from "../dom";
import { basedOnNote, noteLink, repoLink, starMark } from "./entry-parts";
import type { QueryRenderContext } from "./query-render-context";

export function renderList(parent: HTMLElement, entries: Entry[], context: QueryRenderContext): void {
	const list = el(parent, "ul", { cls: "atlas-query-list" });
	for (const entry of entries) {
		const view = entryView(entry, context.i18n.language);
		const item = el(list, "li", { cls: "atlas-query-item" });
		starMark(item, view, context);
		noteLink(item, view, context);
		basedOnNote(item, view, context);
		repoLink(item, view);
	}
}
