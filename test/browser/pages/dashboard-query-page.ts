// The dashboard renderer wired with the query language's filter compiler, as the plugin wires it.
import { buildIndex } from "../../../src/core/index/build-index";
import type { Language } from "../../../src/core/stages/stage-vocabulary";
import { translator } from "../../../src/i18n/translator";
import { DashboardRenderer } from "../../../src/render/dashboard/dashboard-renderer";
import { queryFilterCompiler } from "../../../src/render/dashboard/query-filter-compiler";

const index = buildIndex(window.atlasNotes ?? []);
let language: Language = window.atlasLanguage ?? "en";
const view = document.getElementById("app")!;
view.classList.add("atlas-dashboard-view");
const renderer = new DashboardRenderer(view, {
	translator: translator(language),
	entryTag: "framework",
	compileFilter: queryFilterCompiler(
		() => index.parseOptions().vocabulary,
		() => translator(language),
	),
	callbacks: {
		openNote: () => undefined,
		toggleLanguage: () => {
			language = language === "zh" ? "en" : "zh";
			renderer.setTranslator(translator(language));
		},
		refresh: () => undefined,
		collapseChange: () => undefined,
	},
});
renderer.render(index.snapshot());
