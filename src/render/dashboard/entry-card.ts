import type { PlacedEntry } from "../../core/index/index-snapshot";
import { entryView, otherLanguage, type EntryView } from "../../core/view/entry-view";
import type { Translator } from "../../i18n/translator";
import { el, externalLink } from "../dom";
import { visibleTags } from "./card-details";
import { cardTexts } from "./card-texts";

export const CARD_CLASS = "atlas-card";
/** Deeper derivatives share the last indentation step so a long chain never squeezes the card. */
const MAX_DEPTH_CLASS = 3;

export interface CardContext {
	translator: Translator;
	entryTag: string;
}

/**
 * One entry as a focusable card, appended to `parent` (the caller moves it into place). Clicks, keys and hovers are handled once on the dashboard root
 * (delegation), so a card carries only its path. Every text from the note is set as text.
 */
export function renderCard(parent: HTMLElement, placed: PlacedEntry, context: CardContext): HTMLElement {
	const { entry, depth } = placed;
	const { t, language } = context.translator;
	const texts = cardTexts(context.translator);
	const view = entryView(entry, language);
	const name = view.name.text;
	const card = el(parent, "div", { cls: CARD_CLASS });
	if (depth > 0) card.classList.add("atlas-card-derivative", `atlas-card-depth-${Math.min(depth, MAX_DEPTH_CLASS)}`);
	card.setAttribute("role", "listitem");
	card.setAttribute("tabindex", "0");
	card.setAttribute("aria-label", name);
	card.dataset.path = entry.path;

	const head = el(card, "div", { cls: "atlas-card-head" });
	el(head, "span", { cls: "atlas-card-name", text: name });
	if (entry.starred) el(head, "span", { cls: "atlas-card-star", text: "★", attr: { "aria-label": texts.starred, role: "img" }, title: texts.starred });
	if (view.repo !== null) externalLink(head, view.repo.url, view.repo.label, "atlas-card-repo");

	// Nested derivatives say it too: in a wide grid the indentation gives way to this line.
	if (view.basedOn !== null) el(card, "div", { cls: "atlas-card-based-on", text: `↳ ${t("dashboard.basedOn", { parent: view.basedOn })}` });

	const summary = view.summary;
	if (summary !== null) {
		const summaryEl = el(card, "div", { cls: "atlas-card-summary", text: summary.text });
		if (summary.fallback) {
			summaryEl.classList.add("atlas-card-summary-fallback");
			summaryEl.setAttribute("lang", otherLanguage(language));
			el(summaryEl, "span", { cls: "atlas-fallback-mark", text: texts.fallbackMark, title: texts.summaryFallback, attr: { "aria-label": texts.summaryFallback } });
		}
	}

	const tags = visibleTags(entry, context.entryTag);
	if (tags.length > 0) {
		const tagList = el(card, "div", { cls: "atlas-card-tags" });
		for (const tag of tags) el(tagList, "span", { cls: "atlas-tag", text: `#${tag}` });
	}

	renderSources(card, view, context);
	return card;
}

function renderSources(card: HTMLElement, view: EntryView, { translator }: CardContext): void {
	const { newest } = view;
	if (newest === null) return;
	const texts = cardTexts(translator);
	const meta = el(card, "div", { cls: "atlas-card-meta" });
	const latest = el(meta, "span", { cls: "atlas-card-source", title: texts.latestSource });
	el(latest, "span", { cls: "atlas-card-source-date", text: newest.dateLabel });
	// In the label language and computed from the date, whatever weekday the note's line carries.
	if (newest.weekday !== null) el(latest, "span", { cls: "atlas-card-source-weekday", text: newest.weekday });
	externalLink(latest, newest.source.url, newest.source.title || texts.untitledSource, "atlas-card-source-title");
	el(meta, "span", { cls: "atlas-card-source-count", text: texts.sources(view.sourceCount) });
}
