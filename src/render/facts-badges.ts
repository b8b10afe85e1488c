import type { FactsLookup } from "../core/repo-facts/facts-lookup";
import type { FactsView } from "../core/view/facts-view";
import { compactStars, pushedText } from "../i18n/facts-format";
import type { Translator } from "../i18n/translator";
import { el } from "./dom";

/** What a surface needs to show facts: the lookup, the moment "3 months ago" is counted from, the stale setting. */
export interface FactsDisplay {
	lookup: FactsLookup;
	now: Date;
	staleMonths: number;
}

/** The note's summary, or the repository's description marked as coming from the repository. */
export function fromRepositoryMark(summaryEl: HTMLElement, i18n: Translator): void {
	summaryEl.classList.add("atlas-summary-from-repo");
	el(summaryEl, "span", { cls: "atlas-from-repo-mark", text: `· ${i18n.t("facts.fromRepository")}` });
}

/**
 * ★ stars, last push, license, and the archived / stale / moved / not-found badges, as one line.
 * Every value from the host is set as text. Nothing is drawn for an entry without facts.
 */
export function renderFactsBadges(parent: HTMLElement, facts: FactsView | null, i18n: Translator, display: FactsDisplay | undefined): HTMLElement | null {
	if (facts === null || display === undefined) return null;
	const { now, staleMonths } = display;
	const { t, language } = i18n;
	const line = el(parent, "div", { cls: "atlas-facts" });
	if (facts.notFound) el(line, "span", { cls: ["atlas-badge", "atlas-badge-warning"], text: t("facts.notFound") });
	if (facts.movedTo !== null) el(line, "span", { cls: ["atlas-badge", "atlas-badge-warning"], text: t("facts.movedTo", { to: facts.movedTo }) });
	if (facts.stars !== null) {
		el(line, "span", { cls: "atlas-facts-stars", text: t("facts.stars", { count: compactStars(facts.stars, language) }), title: t("facts.starsTitle", { count: facts.stars.toLocaleString(language === "zh" ? "zh-CN" : "en-US"), host: t(`facts.hosts.${facts.host}`) }) });
	}
	if (facts.pushedAt !== null) el(line, "span", { cls: "atlas-facts-pushed", text: pushedText(facts.pushedAt, now, i18n), title: t("facts.pushedTitle", { date: facts.pushedAt.slice(0, 10) }) });
	if (facts.license !== null) el(line, "span", { cls: "atlas-facts-license", text: facts.license });
	if (facts.archived) el(line, "span", { cls: ["atlas-badge", "atlas-badge-archived"], text: t("facts.archived"), title: t("facts.archivedTitle") });
	if (facts.stale) el(line, "span", { cls: ["atlas-badge", "atlas-badge-stale"], text: t("facts.stale"), title: t("facts.staleTitle", { months: staleMonths }) });
	return line;
}
