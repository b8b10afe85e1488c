// Renders a few ```atlas blocks over the notes passed in, the way the plugin does, for real-browser checks.
import { buildIndex } from "../../../src/core/index/build-index";
import { translator } from "../../../src/i18n/translator";
import { el } from "../../../src/render/dom";
import { renderQueryBlock } from "../../../src/render/query-results/render-query-block";

declare global {
	interface Window {
		atlasNotes?: [string, string][];
		atlasBlocks: { query: string; language: "en" | "zh" }[];
		atlasOpened: string[];
	}
}

const root = document.getElementById("app")!;
const index = buildIndex(window.atlasNotes ?? []);
window.atlasOpened = [];
window.atlasBlocks.forEach((block, i) => {
	const section = el(root, "div", { cls: "atlas-test-block", attr: { "data-block": i } });
	el(section, "pre", { cls: "atlas-test-source", text: block.query });
	const container = el(section, "div", { cls: "block-language-atlas" });
	renderQueryBlock(container, block.query, index.snapshot(), {
		i18n: translator(block.language),
		vocabulary: index.parseOptions().vocabulary,
		openNote: (path, newTab) => window.atlasOpened.push(`${path}${newTab ? " (new tab)" : ""}`),
	});
});
