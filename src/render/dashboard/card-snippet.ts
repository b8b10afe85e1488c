import type { Snippet } from "../../core/query/body-snippet";
import { fillSnippet, renderSnippet } from "../query-results/render-snippet";

const SNIPPET_CLASS = "atlas-card-snippet";

/**
 * Shows (or removes) the note-text snippet on a drawn card. The filter changes far more often than
 * the cards, so the card keeps its node and only this line is touched, and only when it differs.
 */
export function setCardSnippet(card: HTMLElement, snippet: Snippet | null, label: string): void {
	const existing = card.querySelector<HTMLElement>(`:scope > .${SNIPPET_CLASS}`);
	if (snippet === null) {
		existing?.remove();
		return;
	}
	const key = `${snippet.text}\u0000${snippet.marks.map((m) => `${m.start}+${m.length}`).join(",")}`;
	if (existing?.dataset.key === key) return;
	const box = existing ?? renderSnippet(card, snippet, label, SNIPPET_CLASS);
	if (existing) fillSnippet(box, snippet);
	box.dataset.key = key;
	// Just under the name line and summary, above tags and sources.
	const anchor = card.querySelector(":scope > .atlas-card-tags, :scope > .atlas-card-meta");
	if (anchor && box.nextSibling !== anchor) card.insertBefore(box, anchor);
}
