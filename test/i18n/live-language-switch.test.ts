/** @jest-environment jsdom */
import { Component } from "../__mocks__/obsidian";
import { buildIndex } from "../../src/core/index/build-index";
import { DashboardView } from "../../src/plugin/dashboard/dashboard-view";
import { VIEW_TYPE_DASHBOARD } from "../../src/plugin/dashboard/dashboard-view-type";
import { sampleVaultNotes } from "../support/dashboard-notes";
import { englishLeftovers, uiText } from "../support/locale-tables";
import { withoutNoteText } from "../support/note-text";
import { loadPluginWithLanguage, runCommand, settle, type LoadedPlugin } from "../support/plugin-with-language";

/**
 * The cross-cutting promise of the toggle: every open dashboard and every visible ```atlas block
 * switches language in place — same leaf, same view, same block element — and no note is read,
 * written or touched on the way.
 */
const NOTES = Object.fromEntries(sampleVaultNotes());
const SNAPSHOT = buildIndex(Object.entries(NOTES)).snapshot();
const ownText = (el: Element) => withoutNoteText(uiText(el), SNAPSHOT);
const UI = ["dashboard", "query", "language"];

function mountBlock({ mock }: LoadedPlugin, source: string): { el: HTMLElement; host: Component } {
	const processor = mock.codeBlockProcessors.get("atlas") as (source: string, el: HTMLElement, ctx: unknown) => void;
	const host = new Component();
	host.load();
	const el = document.body.appendChild(document.createElement("div"));
	processor(source, el, { sourcePath: "Notes/Reading.md", addChild: (child: Component) => host.addChild(child) });
	return { el, host };
}

function dashboards(loaded: LoadedPlugin): DashboardView[] {
	return loaded.app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD).flatMap((leaf) => (leaf.view instanceof DashboardView ? [leaf.view] : []));
}

interface Watch {
	texts(): Map<string, string>;
	modified: string[];
	reads: jest.SpyInstance;
	cachedReads: jest.SpyInstance;
}

function watchVault(loaded: LoadedPlugin): Watch {
	const { vault } = loaded.app;
	const modified: string[] = [];
	for (const event of ["modify", "create", "delete", "rename"]) vault.on(event, (file: { path: string }) => modified.push(`${event} ${file.path}`));
	return {
		texts: () => new Map([...vault.files].map(([path, { text }]) => [path, text])),
		modified,
		reads: jest.spyOn(vault, "read"),
		cachedReads: jest.spyOn(vault, "cachedRead"),
	};
}

async function setUp(): Promise<{ loaded: LoadedPlugin; view: DashboardView; blocks: HTMLElement[]; watch: Watch; before: Map<string, string> }> {
	const loaded = await loadPluginWithLanguage("en", { notes: NOTES });
	await runCommand(loaded.mock, "open-dashboard");
	await settle();
	const [view] = dashboards(loaded);
	if (!view) throw new Error("the dashboard did not open");
	const blocks = ["explain\nstage:rl view:table", "is:starred view:cards", "stge:rl"].map((source) => mountBlock(loaded, source).el);
	const watch = watchVault(loaded);
	return { loaded, view, blocks, watch, before: watch.texts() };
}

describe("toggling the label language with a dashboard and atlas blocks open", () => {
	it("redraws all of them in Chinese in place, touching no note", async () => {
		const { loaded, view, blocks, watch, before } = await setUp();
		const leaf = view.leaf;
		expect(englishLeftovers(ownText(view.contentEl), UI).length).toBeGreaterThan(3);

		await runCommand(loaded.mock, "toggle-label-language");
		await settle();

		expect(dashboards(loaded)).toEqual([view]);
		expect(view.leaf).toBe(leaf);
		expect(view.containerEl.contains(view.contentEl)).toBe(true);
		const dashboardText = ownText(view.contentEl);
		expect(dashboardText).toContain("强化学习");
		expect(englishLeftovers(dashboardText, UI)).toEqual([]);
		for (const block of blocks) {
			expect(block.isConnected).toBe(true);
			expect(englishLeftovers(ownText(block), UI, ["stage", "stge", "rl"])).toEqual([]);
		}
		expect(uiText(blocks[0]!)).toContain("阶段为强化学习");

		expect(watch.modified).toEqual([]);
		expect(watch.reads).not.toHaveBeenCalled();
		expect(watch.cachedReads).not.toHaveBeenCalled();
		expect(watch.texts()).toEqual(before);
	});

	it("the dashboard's 中/EN button does the same, and back again", async () => {
		const { loaded, view, blocks, watch, before } = await setUp();
		const english = [view.contentEl, ...blocks].map((el) => uiText(el));
		const button = () => view.contentEl.querySelector<HTMLButtonElement>(".atlas-lang-toggle")!;

		button().click();
		await settle();
		expect(loaded.plugin.language.language).toBe("zh");
		expect(loaded.plugin.settings.labelLanguage).toBe("zh");
		expect(englishLeftovers(ownText(view.contentEl), UI)).toEqual([]);
		expect(englishLeftovers(ownText(blocks[1]!), UI)).toEqual([]);

		button().click();
		await settle();
		expect(loaded.plugin.language.language).toBe("en");
		expect([view.contentEl, ...blocks].map((el) => uiText(el))).toEqual(english);
		expect(watch.modified).toEqual([]);
		expect(watch.texts()).toEqual(before);
	});

	it("a closed dashboard and a removed block no longer listen", async () => {
		const { loaded, view, blocks } = await setUp();
		const frozenBlock = uiText(blocks[0]!);
		view.leaf.detach();
		await settle();
		expect(dashboards(loaded)).toEqual([]);
		const removed = mountBlock(loaded, "stage:deploy");
		removed.host.unload();
		const frozenRemoved = uiText(removed.el);
		await runCommand(loaded.mock, "toggle-label-language");
		await settle();
		expect(uiText(removed.el)).toBe(frozenRemoved);
		expect(uiText(blocks[0]!)).not.toBe(frozenBlock);
	});
});
