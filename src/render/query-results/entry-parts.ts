import type { EntryView } from "../../core/view/entry-view";
import { el, externalLink } from "../dom";
import type { QueryRenderContext } from "./query-render-context";

/** The entry's name in the active language, as a link that opens its note. */
export function noteLink(parent: HTMLElement, { entry, name }: EntryView, { openNote }: QueryRenderContext): HTMLAnchorElement {
	const link = el(parent, "a", { cls: ["internal-link", "atlas-query-link"], text: name.text, attr: { href: internalHref(entry.path), "data-href": entry.path } });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		openNote(entry.path, event.ctrlKey || event.metaKey);
	});
	link.addEventListener("auxclick", (event) => {
		if (event.button !== 1) return;
		event.preventDefault();
		openNote(entry.path, true);
	});
	return link;
}

/**
 * A note at the vault root named `javascript:alert(1).md` would make `href` a javascript: URL
 * (drag, keyboard or a missed handler could follow it). "./" keeps it a relative path to the same note.
 */
export function internalHref(path: string): string {
	return /^[a-z][a-z0-9+.-]*:/i.test(path) ? `./${path}` : path;
}

export function starMark(parent: HTMLElement, { entry }: EntryView, { i18n }: QueryRenderContext): void {
	if (entry.starred) el(parent, "span", { cls: "atlas-query-star", text: "★", attr: { "aria-label": i18n.t("query.results.starred") } });
}

export function basedOnNote(parent: HTMLElement, { basedOn }: EntryView, { i18n }: QueryRenderContext): void {
	if (basedOn !== null) el(parent, "span", { cls: "atlas-query-based", text: i18n.t("query.results.basedOn", { parent: basedOn }) });
}

export function repoLink(parent: HTMLElement, { repo }: EntryView): void {
	if (repo !== null) externalLink(parent, repo.url, repo.label, "atlas-query-repo");
}
