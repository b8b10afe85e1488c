// The dashboard renderer on a bare page, over an index built in the browser from notes the test passes in.
// Host callbacks record what the dashboard asked for in `window.atlasCalls`; the 中/EN button switches
// the translator the way the plugin's language subscription does.
import { buildIndex } from "../../../src/core/index/build-index";
import type { Language } from "../../../src/core/stages/stage-vocabulary";
import { translator } from "../../../src/i18n/translator";
import { DashboardRenderer } from "../../../src/render/dashboard/dashboard-renderer";

interface PageCalls {
	opened: [string, boolean][];
	hovered: string[];
	menus: string[];
	collapsed: string[][];
	refreshes: number;
	creates: number;
}

declare global {
	interface Window {
		atlasNotes?: [string, string][];
		atlasLanguage?: Language;
		atlasCollapsed?: string[];
		atlasCalls: PageCalls;
		atlasDashboard: { upsert(path: string, text: string): void; remove(path: string): void; language(): Language; switchLanguage(): void };
		/** Milliseconds spent building the index and painting the dashboard (first paint, synchronous DOM work). */
		atlasTimings: { index: number; render: number };
	}
}

const calls: PageCalls = { opened: [], hovered: [], menus: [], collapsed: [], refreshes: 0, creates: 0 };
window.atlasCalls = calls;
let language: Language = window.atlasLanguage ?? "en";
const started = performance.now();
const index = buildIndex(window.atlasNotes ?? []);
const indexed = performance.now();
const view = document.getElementById("app")!;
view.classList.add("atlas-dashboard-view");
const renderer = new DashboardRenderer(view, {
	translator: translator(language),
	entryTag: "framework",
	collapsed: window.atlasCollapsed ?? [],
	callbacks: {
		openNote: (path, newTab) => calls.opened.push([path, newTab]),
		hoverNote: (path) => calls.hovered.push(path),
		toggleLanguage: () => {
			language = language === "zh" ? "en" : "zh";
			renderer.setTranslator(translator(language));
		},
		refresh: () => calls.refreshes++,
		createEntry: () => calls.creates++,
		cardMenu: (path) => calls.menus.push(path),
		collapseChange: (collapsed) => calls.collapsed.push(collapsed),
	},
});
renderer.render(index.snapshot());
window.atlasTimings = { index: indexed - started, render: performance.now() - indexed };
index.subscribe((change, snapshot) => renderer.update(change, snapshot));
window.atlasDashboard = {
	upsert: (path, text) => void index.upsert(path, text),
	remove: (path) => void index.remove(path),
	language: () => language,
	// What the toggle command does: a language switch with nothing in the pane focused.
	switchLanguage: () => {
		language = language === "zh" ? "en" : "zh";
		renderer.setTranslator(translator(language));
	},
};
