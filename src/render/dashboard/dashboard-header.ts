import type { Translator } from "../../i18n/translator";
import { el } from "../dom";
import type { IconSetter } from "./dashboard-types";
import type { DashboardLayout } from "./stage-moves";

/** Text glyphs used where Obsidian's icon set is not available (browser tests, jsdom). */
const GLYPHS: Record<string, string> = { plus: "+", "layout-list": "☰", kanban: "▥", "refresh-cw": "↻", star: "★", "chevrons-down-up": "⊟", "chevrons-up-down": "⊞" };
export const glyphIcon: IconSetter = (element, icon) => {
	element.textContent = GLYPHS[icon] ?? "";
};

export interface HeaderHandlers {
	onFilter(query: string): void;
	onToggleLanguage(): void;
	onRefresh(): void;
	onToggleAll(): void;
	/** Present when the host can create entries: adds a "new entry" button. */
	onCreateEntry?(): void;
	/** Present when the host remembers a layout: adds the List / Board switch. */
	onToggleLayout?(): void;
	/** Present when the host can fetch repository facts: adds a "refresh repository facts" button. */
	onRefreshFacts?(): void;
}

/** Title, count, 中/EN toggle, collapse/expand all, refresh, and the filter box with its error slot. */
export class DashboardHeader {
	readonly element: HTMLElement;
	readonly filterInput: HTMLInputElement;
	private readonly countEl: HTMLElement;
	private readonly languageButton: HTMLButtonElement;
	private readonly toggleAllButton: HTMLButtonElement;
	private readonly refreshButton: HTMLButtonElement;
	private readonly createButton: HTMLButtonElement | null = null;
	private readonly layoutButton: HTMLButtonElement | null = null;
	private readonly factsButton: HTMLButtonElement | null = null;
	private readonly errorEl: HTMLElement;
	private readonly titleEl: HTMLElement;

	constructor(
		parent: HTMLElement,
		private readonly setIcon: IconSetter,
		handlers: HeaderHandlers,
	) {
		this.element = el(parent, "div", { cls: "atlas-dashboard-header" });
		const top = el(this.element, "div", { cls: "atlas-header-top" });
		const heading = el(top, "div", { cls: "atlas-header-heading" });
		this.titleEl = el(heading, "h2", { cls: "atlas-dashboard-title" });
		this.countEl = el(heading, "span", { cls: "atlas-dashboard-count", attr: { "aria-live": "polite" } });
		const actions = el(top, "div", { cls: "atlas-header-actions" });
		this.languageButton = el(actions, "button", { cls: "atlas-lang-toggle", attr: { type: "button" } });
		if (handlers.onCreateEntry) {
			this.createButton = el(actions, "button", { cls: ["atlas-icon-button", "atlas-new-entry", "clickable-icon"], attr: { type: "button" } });
			setIcon(this.createButton, "plus");
			this.createButton.addEventListener("click", () => handlers.onCreateEntry?.());
		}
		if (handlers.onToggleLayout) {
			this.layoutButton = el(actions, "button", { cls: ["atlas-icon-button", "atlas-layout-toggle", "clickable-icon"], attr: { type: "button" } });
			this.layoutButton.addEventListener("click", () => handlers.onToggleLayout?.());
		}
		this.toggleAllButton = el(actions, "button", { cls: ["atlas-icon-button", "atlas-toggle-all", "clickable-icon"], attr: { type: "button" } });
		this.refreshButton = el(actions, "button", { cls: ["atlas-icon-button", "atlas-refresh", "clickable-icon"], attr: { type: "button" } });
		setIcon(this.refreshButton, "refresh-cw");
		if (handlers.onRefreshFacts) {
			this.factsButton = el(actions, "button", { cls: ["atlas-icon-button", "atlas-refresh-facts", "clickable-icon"], attr: { type: "button" } });
			setIcon(this.factsButton, "star");
			this.factsButton.addEventListener("click", () => handlers.onRefreshFacts?.());
		}

		const filter = el(this.element, "div", { cls: "atlas-filter" });
		this.filterInput = el(filter, "input", { cls: "atlas-filter-input", attr: { type: "search", spellcheck: "false", autocomplete: "off" } });
		this.errorEl = el(filter, "div", { cls: "atlas-filter-error", attr: { role: "alert" } });
		this.errorEl.hidden = true;

		this.languageButton.addEventListener("click", () => handlers.onToggleLanguage());
		this.toggleAllButton.addEventListener("click", () => handlers.onToggleAll());
		this.refreshButton.addEventListener("click", () => handlers.onRefresh());
		this.filterInput.addEventListener("input", () => handlers.onFilter(this.filterInput.value));
		this.filterInput.addEventListener("keydown", (event) => {
			if (event.key !== "Escape" || this.filterInput.value === "") return;
			event.preventDefault();
			event.stopPropagation();
			this.filterInput.value = "";
			handlers.onFilter("");
		});
	}

	/** Re-labels everything in the active language (called on first paint and on a language switch). */
	setLanguage({ t, language }: Translator): void {
		this.titleEl.textContent = t("dashboard.title");
		this.languageButton.replaceChildren();
		for (const [code, text] of [["zh", "中"], ["en", "EN"]] as const) {
			el(this.languageButton, "span", { cls: ["atlas-lang-option", ...(code === language ? ["is-active"] : [])], text, attr: { lang: code } });
		}
		const switchLabel = language === "zh" ? t("dashboard.switchToEn") : t("dashboard.switchToZh");
		this.languageButton.setAttribute("aria-label", switchLabel);
		this.languageButton.title = switchLabel;
		this.createButton?.setAttribute("aria-label", t("dashboard.newEntry"));
		if (this.createButton) this.createButton.title = t("dashboard.newEntry");
		this.factsButton?.setAttribute("aria-label", t("facts.refresh.button"));
		if (this.factsButton) this.factsButton.title = t("facts.refresh.button");
		this.refreshButton.setAttribute("aria-label", t("dashboard.refresh"));
		this.refreshButton.title = t("dashboard.refresh");
		this.filterInput.placeholder = t("dashboard.filterPlaceholder");
		this.filterInput.setAttribute("aria-label", t("dashboard.filterLabel"));
	}

	/** The header control that has focus, as a class to find its replacement after a repaint. */
	focusedControl(active: Element): string | null {
		if (!this.element.contains(active)) return null;
		return ["atlas-lang-toggle", "atlas-layout-toggle", "atlas-new-entry", "atlas-toggle-all", "atlas-refresh", "atlas-filter-input"].find((cls) => active.classList.contains(cls)) ?? null;
	}

	focusControl(cls: string): HTMLElement | null {
		const control = this.element.querySelector<HTMLElement>(`.${cls}`);
		control?.focus();
		return control;
	}

	setCount(text: string, filtered: boolean): void {
		if (this.countEl.textContent !== text) this.countEl.textContent = text;
		this.countEl.classList.toggle("is-filtered", filtered);
	}

	/** The button collapses all when anything is open, and expands all once everything is collapsed. */
	setToggleAll(allCollapsed: boolean, { t }: Translator): void {
		const label = allCollapsed ? t("dashboard.expandAll") : t("dashboard.collapseAll");
		this.setIcon(this.toggleAllButton, allCollapsed ? "chevrons-up-down" : "chevrons-down-up");
		this.toggleAllButton.setAttribute("aria-label", label);
		this.toggleAllButton.title = label;
		this.toggleAllButton.dataset.action = allCollapsed ? "expand-all" : "collapse-all";
	}

	/** The switch shows the layout it switches to; its pressed state says the board is on. */
	setLayout(layout: DashboardLayout, { t }: Translator): void {
		if (!this.layoutButton) return;
		const next = layout === "board" ? t("board.layoutList") : t("board.layoutBoard");
		this.setIcon(this.layoutButton, layout === "board" ? "layout-list" : "kanban");
		this.layoutButton.setAttribute("aria-label", `${t("board.layoutLabel")}: ${next}`);
		this.layoutButton.setAttribute("aria-pressed", String(layout === "board"));
		this.layoutButton.title = `${t("board.layoutLabel")}: ${next}`;
		this.layoutButton.dataset.layout = layout;
	}

	setError(error: string | null): void {
		this.errorEl.hidden = error === null;
		this.errorEl.textContent = error ?? "";
		this.filterInput.classList.toggle("is-invalid", error !== null);
		if (error === null) this.filterInput.removeAttribute("aria-invalid");
		else this.filterInput.setAttribute("aria-invalid", "true");
	}
}
