import type { Entry } from "../../core/model/entry";
import { el } from "../dom";
import { basedOnNote, bodySnippet, noteLink, repoLink, starMark } from "./entry-parts";
import type { QueryRenderContext } from "./query-render-context";

export function renderList(parent: HTMLElement, entries: Entry[], context: QueryRenderContext): void {
	const list = el(parent, "ul", { cls: "atlas-query-list" });
	for (const entry of entries) {
		const item = el(list, "li", { cls: "atlas-query-item" });
		starMark(item, entry, context);
		noteLink(item, entry, context);
		basedOnNote(item, entry, context);
		repoLink(item, entry);
		bodySnippet(item, entry, context);
	}
}
