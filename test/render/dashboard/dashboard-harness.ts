/** Builds a dashboard over a real index in jsdom and records what it asks its host to do. */
import type { AtlasIndex } from "../../../src/core/index/atlas-index";
import { buildIndex } from "../../../src/core/index/build-index";
import type { Language } from "../../../src/core/stages/stage-vocabulary";
import { translator } from "../../../src/i18n/translator";
import { DashboardRenderer } from "../../../src/render/dashboard/dashboard-renderer";
import type { DashboardCallbacks, DashboardOptions } from "../../../src/render/dashboard/dashboard-types";
import { dashboardFixtureNotes, sampleVaultNotes } from "../../support/dashboard-notes";

export interface Recorded {
	opened: [string, boolean][];
	hovered: string[];
	menus: string[];
	collapsed: string[][];
	languageToggles: number;
	refreshes: number;
	creates: number;
}

export interface Mounted {
	index: AtlasIndex;
	renderer: DashboardRenderer;
	root: HTMLElement;
	calls: Recorded;
	unsubscribe: () => void;
}

let cachedNotes: [string, string][] | null = null;
export const allNotes = (): [string, string][] => (cachedNotes ??= [...sampleVaultNotes(), ...dashboardFixtureNotes()]).slice();

export function mount(notes: [string, string][] = allNotes(), options: Partial<DashboardOptions> & { language?: Language; withCreate?: boolean } = {}): Mounted {
	const index = buildIndex(notes);
	const calls: Recorded = { opened: [], hovered: [], menus: [], collapsed: [], languageToggles: 0, refreshes: 0, creates: 0 };
	const callbacks: DashboardCallbacks = {
		openNote: (path, newTab) => calls.opened.push([path, newTab]),
		hoverNote: (path) => calls.hovered.push(path),
		toggleLanguage: () => calls.languageToggles++,
		refresh: () => calls.refreshes++,
		cardMenu: (path) => calls.menus.push(path),
		collapseChange: (collapsed) => calls.collapsed.push(collapsed),
		...(options.withCreate === false ? {} : { createEntry: () => calls.creates++ }),
	};
	document.body.replaceChildren();
	const container = document.createElement("div");
	document.body.appendChild(container);
	const renderer = new DashboardRenderer(container, { translator: translator(options.language ?? "en"), callbacks, entryTag: "framework", ...options });
	renderer.render(index.snapshot());
	const unsubscribe = index.subscribe((change, snapshot) => renderer.update(change, snapshot));
	return { index, renderer, root: renderer.root, calls, unsubscribe };
}

export function section(root: HTMLElement, stage: string): HTMLElement {
	const found = root.querySelector<HTMLElement>(`.atlas-stage[data-stage="${stage}"]`);
	if (!found) throw new Error(`no section ${stage}`);
	return found;
}

export function cardNames(root: HTMLElement, stage: string): string[] {
	return [...section(root, stage).querySelectorAll(".atlas-card-name")].map((n) => n.textContent ?? "");
}

export function card(root: HTMLElement, path: string): HTMLElement {
	const found = [...root.querySelectorAll<HTMLElement>(".atlas-card")].find((c) => c.dataset.path === path);
	if (!found) throw new Error(`no card ${path}`);
	return found;
}

export function stageCount(root: HTMLElement, stage: string): string {
	return section(root, stage).querySelector(".atlas-stage-count")?.textContent ?? "";
}

export function headerCount(root: HTMLElement): string {
	return root.querySelector(".atlas-dashboard-count")?.textContent ?? "";
}

export function typeFilter(root: HTMLElement, text: string): void {
	const input = root.querySelector<HTMLInputElement>(".atlas-filter-input")!;
	input.value = text;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}
