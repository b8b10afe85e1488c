// ```atlas blocks with the decision views (snippets, matrix, timeline) and the dashboard with its
// activity strip, over the notes passed in: the plugin's own renderers, no Obsidian.
import { buildIndex } from "../../../src/core/index/build-index";
import type { Language } from "../../../src/core/stages/stage-vocabulary";
import { translator } from "../../../src/i18n/translator";
import { DashboardRenderer } from "../../../src/render/dashboard/dashboard-renderer";
import { el } from "../../../src/render/dom";
import { queryFilterCompiler } from "../../../src/render/dashboard/query-filter-compiler";
import { renderQueryBlock } from "../../../src/render/query-results/render-query-block";

declare global {
	interface Window {
		atlasNotes?: [string, string][];
		atlasViewBlocks: string[];
		atlasLanguage?: Language;
		/** Local wall-clock "now" for the activity strip, as [year, month (1-12), day]. */
		atlasViewNow: [number, number, number];
		atlasOpened: string[];
		atlasViewFilter: () => string;
	}
}

const index = buildIndex(window.atlasNotes ?? []);
const language = window.atlasLanguage ?? "en";
const i18n = translator(language);
const root = document.getElementById("app")!;
window.atlasOpened = [];

const pane = el(root, "div", { cls: ["atlas-test-dashboard", "atlas-dashboard-view"] });
const [y, m, d] = window.atlasViewNow;
const renderer = new DashboardRenderer(pane, {
	translator: i18n,
	entryTag: "framework",
	compileFilter: queryFilterCompiler(() => index.parseOptions().vocabulary, () => i18n),
	activity: { shown: () => true, now: () => new Date(y, m - 1, d, 12) },
	chunkSize: 4,
	callbacks: { openNote: () => undefined, toggleLanguage: () => undefined, refresh: () => undefined, collapseChange: () => undefined },
});
renderer.render(index.snapshot());
window.atlasViewFilter = () => renderer.root.querySelector<HTMLInputElement>(".atlas-filter-input")!.value;

window.atlasViewBlocks.forEach((query, i) => {
	const section = el(root, "div", { cls: "atlas-test-block", attr: { "data-block": i } });
	el(section, "pre", { cls: "atlas-test-source", text: query });
	const container = el(section, "div", { cls: "block-language-atlas" });
	renderQueryBlock(container, query, index.snapshot(), {
		i18n,
		vocabulary: index.parseOptions().vocabulary,
		openNote: (path, newTab) => window.atlasOpened.push(`${path}${newTab ? " (new tab)" : ""}`),
	});
});
