import type { Snippet } from "../../core/query/body-snippet";
import { el } from "../dom";

/** The snippet as text nodes with `<mark>` around each match: built piece by piece, never as HTML. */
export function renderSnippet(parent: HTMLElement, snippet: Snippet, label: string, cls = "atlas-snippet"): HTMLElement {
	const box = el(parent, "div", { cls, attr: { "aria-label": label }, title: label });
	fillSnippet(box, snippet);
	return box;
}

export function fillSnippet(box: HTMLElement, snippet: Snippet): void {
	box.replaceChildren();
	const doc = box.ownerDocument;
	let at = 0;
	for (const mark of snippet.marks) {
		if (mark.start > at) box.appendChild(doc.createTextNode(snippet.text.slice(at, mark.start)));
		el(box, "mark", { text: snippet.text.slice(mark.start, mark.start + mark.length) });
		at = mark.start + mark.length;
	}
	if (at < snippet.text.length) box.appendChild(doc.createTextNode(snippet.text.slice(at)));
}
