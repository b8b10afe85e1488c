// The board in Chromium: the real DashboardRenderer (board or list layout) or the real Bases view
// ("Framework Atlas stages" on the official BasesView shape, test/support/fake-bases.ts), over a
// FakeApp vault. Moves go through the real StageMover (Vault.process + the one-line edit + index
// upsert), so a drag in the page rewrites the in-page note exactly as it would in Obsidian.
import { DashboardRenderer } from "../../../src/render/dashboard/dashboard-renderer";
import type { DashboardLayout } from "../../../src/render/dashboard/stage-moves";
import { stageMover } from "../../../src/plugin/board/stage-mover";
import { stagesViewRegistration } from "../../../src/plugin/bases/stages-bases-view";
import type { BasesViewClass } from "../../../src/plugin/bases/bases-api";
import { FakeApp } from "../../support/fake-app";
import { fakeContext } from "../../support/fake-context";
import { BasesView, FakeBasesHost } from "../../support/fake-bases";

declare global {
	interface Window {
		atlasNotes?: [string, string][];
		atlasLanguage?: "en" | "zh";
		atlasMode?: "dashboard" | "bases";
		atlasLayout?: DashboardLayout;
		atlasCollapsed?: string[];
		atlasBoardPage: { text(path: string): string; undo(): Promise<string>; layouts: DashboardLayout[] };
	}
}

const notes = window.atlasNotes ?? [];
const app = new FakeApp().seed(Object.fromEntries(notes));
const context = fakeContext({ app, notes, stored: { labelLanguage: window.atlasLanguage ?? "en" } });
const mover = stageMover(context);
const layouts: DashboardLayout[] = [];
const root = document.getElementById("app")!;

if (window.atlasMode === "bases") {
	const host = new FakeBasesHost(stagesViewRegistration(BasesView as unknown as BasesViewClass, context).factory, document);
	root.append(host.container);
	host.container.classList.add("atlas-bases-container");
	host.open({ layout: window.atlasLayout ?? "board" });
	const results = (): [string, Record<string, unknown>][] =>
		[...app.vault.files.keys()].sort().flatMap((path) => {
			const frontmatter = app.metadataCache.getFileCache(app.vault.getFileByPath(path)!)?.frontmatter;
			// As the generated base's filter, file.hasTag("framework"): the tag or a nested one, not framework-stage.
			const tags = ([] as unknown[]).concat(frontmatter?.tags ?? []).map(String);
			return frontmatter && tags.some((tag) => tag === "framework" || tag.startsWith("framework/")) ? [[path, frontmatter] as [string, Record<string, unknown>]] : [];
		});
	host.results(results());
	// Bases re-runs its query when a file changes.
	app.vault.on("modify", () => window.setTimeout(() => host.results(results()), 0));
} else {
	root.classList.add("atlas-dashboard-view");
	const renderer = new DashboardRenderer(root, {
		translator: context.language.i18n,
		entryTag: "framework",
		layout: window.atlasLayout ?? "board",
		collapsed: window.atlasCollapsed ?? [],
		callbacks: {
			openNote: () => undefined,
			toggleLanguage: () => undefined,
			refresh: () => undefined,
			collapseChange: () => undefined,
			layoutChange: (layout) => layouts.push(layout),
			moveEntry: (path, stageId) => void mover.move(path, stageId),
			undo: () => void mover.undo(),
		},
	});
	renderer.render(context.index.snapshot());
	context.index.subscribe((change, snapshot) => renderer.update(change, snapshot));
}

window.atlasBoardPage = {
	text: (path) => app.vault.text(path),
	undo: () => mover.undo(),
	layouts,
};
