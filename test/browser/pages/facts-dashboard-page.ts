// The dashboard with repository facts on a bare page: an index from the notes the test passes in, a facts
// cache (the text of a repo-facts.json) and a fixed "now", as the plugin's dashboard view wires them.
import { buildIndex } from "../../../src/core/index/build-index";
import { parseFactsCache } from "../../../src/core/repo-facts/facts-cache";
import { factsLookup } from "../../../src/core/repo-facts/facts-lookup";
import type { Language } from "../../../src/core/stages/stage-vocabulary";
import { translator } from "../../../src/i18n/translator";
import { DashboardRenderer } from "../../../src/render/dashboard/dashboard-renderer";

declare global {
	interface Window {
		atlasNotes?: [string, string][];
		atlasLanguage?: Language;
		atlasFactsCache?: string;
		atlasNow?: string;
		atlasFacts: { refreshes: number; switchLanguage(): void };
	}
}

const now = new Date(window.atlasNow ?? "2025-07-10T12:00:00Z");
const lookup = factsLookup(parseFactsCache(window.atlasFactsCache ?? null).cache, now, 12);
let language: Language = window.atlasLanguage ?? "en";
const state = { refreshes: 0, switchLanguage: () => undefined as void };
window.atlasFacts = state;
const view = document.getElementById("app")!;
view.classList.add("atlas-dashboard-view");
const renderer = new DashboardRenderer(view, {
	translator: translator(language),
	entryTag: "framework",
	facts: () => ({ lookup, now, staleMonths: 12 }),
	callbacks: {
		openNote: () => undefined,
		toggleLanguage: () => state.switchLanguage(),
		refresh: () => undefined,
		refreshFacts: () => void state.refreshes++,
		collapseChange: () => undefined,
	},
});
state.switchLanguage = () => {
	language = language === "zh" ? "en" : "zh";
	renderer.setTranslator(translator(language));
};
renderer.render(buildIndex(window.atlasNotes ?? []).snapshot());
