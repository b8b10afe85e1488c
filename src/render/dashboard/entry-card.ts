import type { PlacedEntry } from "../../core/index/index-snapshot";
import { entryName, entrySummary } from "../../core/text/bilingual";
import { weekdayName } from "../../core/text/weekday-display";
import type { Translator } from "../../i18n/translator";
import { el, externalLink } from "../dom";
import { newestSource, repoLabel, sourceDateLabel, visibleTags } from "./card-details";
import { cardTexts } from "./card-texts";

export const CARD_CLASS = "atlas-card";
/** Deeper derivatives share the last indentation step so a long chain never squeezes the card. */
const MAX_DEPTH_CLASS = 3;

export interface CardContext {
	translator: Translator;
	entryTag: string;
	/** Cards can be dragged to another stage (the host moves entries). */
	draggable?: boolean;
}

/**
 * One entry as a focusable card, appended to `parent` (the caller moves it into place). Clicks, keys and hovers are handled once on the dashboard root
 * (delegation), so a card carries only its path. Every text from the note is set as text.
 */
export function renderCard(parent: HTMLElement, placed: PlacedEntry, context: CardContext): HTMLElement {
	const { entry, depth } = placed;
	const { t, language } = context.translator;
	const texts = cardTexts(context.translator);
	const name = entryName(entry, language).text;
	const card = el(parent, "div", { cls: CARD_CLASS });
	if (depth > 0) card.classList.add("atlas-card-derivative", `atlas-card-depth-${Math.min(depth, MAX_DEPTH_CLASS)}`);
	card.setAttribute("role", "listitem");
	card.setAttribute("tabindex", "0");
	card.setAttribute("aria-label", name);
	card.dataset.path = entry.path;
	if (context.draggable) card.setAttribute("draggable", "true");

	const head = el(card, "div", { cls: "atlas-card-head" });
	el(head, "span", { cls: "atlas-card-name", text: name });
	if (entry.starred) el(head, "span", { cls: "atlas-card-star", text: "★", attr: { "aria-label": texts.starred, role: "img" }, title: texts.starred });
	if (entry.repo !== null) externalLink(head, entry.repo, repoLabel(entry.repo), "atlas-card-repo");

	// Nested derivatives say it too: in a wide grid the indentation gives way to this line.
	if (entry.basedOn !== null) el(card, "div", { cls: "atlas-card-based-on", text: `↳ ${t("dashboard.basedOn", { parent: entry.basedOn })}` });

	const summary = entrySummary(entry, language);
	if (summary !== null) {
		const summaryEl = el(card, "div", { cls: "atlas-card-summary", text: summary.text });
		if (summary.fallback) {
			summaryEl.classList.add("atlas-card-summary-fallback");
			summaryEl.setAttribute("lang", language === "zh" ? "en" : "zh");
			el(summaryEl, "span", { cls: "atlas-fallback-mark", text: texts.fallbackMark, title: texts.summaryFallback, attr: { "aria-label": texts.summaryFallback } });
		}
	}

	const tags = visibleTags(entry, context.entryTag);
	if (tags.length > 0) {
		const tagList = el(card, "div", { cls: "atlas-card-tags" });
		for (const tag of tags) el(tagList, "span", { cls: "atlas-tag", text: `#${tag}` });
	}

	renderSources(card, placed, context);
	return card;
}

function renderSources(card: HTMLElement, { entry }: PlacedEntry, { translator }: CardContext): void {
	const newest = newestSource(entry);
	if (newest === null) return;
	const { language } = translator;
	const texts = cardTexts(translator);
	const meta = el(card, "div", { cls: "atlas-card-meta" });
	const latest = el(meta, "span", { cls: "atlas-card-source", title: texts.latestSource });
	el(latest, "span", { cls: "atlas-card-source-date", text: sourceDateLabel(newest.date) });
	// The weekday in the label language, from the date itself, whatever the note's line says (i18n, issue 6).
	const weekday = weekdayName(newest.date, language);
	if (weekday !== null) el(latest, "span", { cls: "atlas-card-source-weekday", text: weekday });
	externalLink(latest, newest.url, newest.title || texts.untitledSource, "atlas-card-source-title");
	el(meta, "span", { cls: "atlas-card-source-count", text: texts.sources(entry.sources.length) });
}
