/** @jest-environment jsdom */
/*
 * Holds the test doubles to the behaviour obsidian.d.ts documents (test/support/fake-app.md,
 * test/__mocks__/README.md): one test per documented behaviour, so a fake that drifts fails here
 * and not silently in the hundreds of tests built on it.
 */
import type { App } from "obsidian";
import { Component, ItemView, parseFrontMatterTags, Plugin, TFile, type View } from "../__mocks__/obsidian";
import { DashboardView } from "../../src/plugin/dashboard/dashboard-view";
import { VIEW_TYPE_DASHBOARD } from "../../src/plugin/dashboard/dashboard-view-type";
import { openDashboard } from "../../src/plugin/dashboard/open-dashboard";
import FrameworkAtlasPlugin from "../../src/plugin/main";
import { FakeApp } from "../support/fake-app";
import { settle } from "../support/plugin-with-language";

const ENTRY = "---\ntags: [framework]\nstage: rl\n---\n# veRL\n";

function record(app: FakeApp): string[] {
	const events: string[] = [];
	for (const name of ["create", "modify", "delete", "rename"]) app.vault.on(name, (file: TFile, old?: string) => events.push(`vault ${name} ${file.path}${old ? ` from ${old}` : ""}`));
	for (const name of ["changed", "deleted"]) app.metadataCache.on(name, (file: TFile | string) => events.push(`cache ${name} ${typeof file === "string" ? file : file.path}`));
	return events;
}

describe("vault and metadata cache events", () => {
	it("create fires for every file while the vault loads, before layout-ready, and not for files seeded after", () => {
		const app = new FakeApp();
		const events = record(app);
		app.seed({ "a.md": ENTRY, "b.md": "plain" });
		expect(events.filter((e) => e.startsWith("vault create"))).toEqual(["vault create a.md", "vault create b.md"]);
		app.workspace.finishLayout();
		app.seed({ "c.md": ENTRY });
		expect(events.filter((e) => e.startsWith("vault create"))).toHaveLength(2);
	});

	it("a plugin that listens from onLayoutReady indexes each note once, not once more per load-time create", async () => {
		const app = new FakeApp().seed({ "Frameworks/veRL.md": ENTRY });
		const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0" } as never);
		const upserts: string[] = [];
		plugin.load();
		await settle();
		const index = plugin.index;
		const upsert = index.upsert.bind(index);
		index.upsert = (path, text) => (upserts.push(path), upsert(path, text));
		app.seed({ "Frameworks/vLLM.md": ENTRY.replace("rl", "deploy") });
		app.workspace.finishLayout();
		await settle();
		expect(index.snapshot().entryCount).toBe(2);
		// Read by the start-up pass over the vault, not once more for each load-time create event.
		expect(upserts).toEqual([]);
	});

	it("rename fires vault rename with the old path, and no metadataCache changed", async () => {
		const app = new FakeApp().seed({ "a.md": ENTRY });
		const events = record(app);
		const cacheBefore = app.metadataCache.getCache("a.md");
		await app.vault.rename(app.vault.getFileByPath("a.md")!, "Frameworks/a.md");
		expect(events).toEqual(["vault rename Frameworks/a.md from a.md"]);
		expect(app.metadataCache.getCache("Frameworks/a.md")).toBe(cacheBefore);
		expect(app.metadataCache.getCache("a.md")).toBeNull();
	});

	it("a write fires vault modify, then metadataCache changed with the new text and cache", async () => {
		const app = new FakeApp().seed({ "a.md": ENTRY });
		const events = record(app);
		const seen: unknown[] = [];
		app.metadataCache.on("changed", (_file: TFile, data: string, cache: unknown) => seen.push(data, cache));
		await app.vault.modify(app.vault.getFileByPath("a.md")!, "---\ntags: [x]\n---\n");
		expect(events).toEqual(["vault modify a.md", "cache changed a.md"]);
		expect(seen).toEqual(["---\ntags: [x]\n---\n", { frontmatter: { tags: ["x"] }, frontmatterPosition: { start: { line: 0 }, end: { line: 3 } } }]);
	});

	it("delete fires metadataCache deleted with the previous cache", async () => {
		const app = new FakeApp().seed({ "a.md": ENTRY });
		const previous: unknown[] = [];
		app.metadataCache.on("deleted", (_path: string, cache: unknown) => previous.push(cache));
		await app.vault.delete(app.vault.getFileByPath("a.md")!);
		expect(previous).toEqual([{ frontmatter: { tags: ["framework"], stage: "rl" }, frontmatterPosition: { start: { line: 0 }, end: { line: 4 } } }]);
	});
});

describe("reading", () => {
	it("cachedRead may be stale right after another program wrote the file; read is not", async () => {
		const app = new FakeApp().seed({ "a.md": "old" });
		const events = record(app);
		const file = app.vault.getFileByPath("a.md")!;
		app.vault.writeOnDisk("a.md", "new");
		expect(await app.vault.read(file)).toBe("new");
		expect(await app.vault.cachedRead(file)).toBe("old");
		expect(events).toEqual([]);
		app.vault.deliverDiskChanges();
		expect(events).toEqual(["vault modify a.md", "cache changed a.md"]);
		expect(await app.vault.cachedRead(file)).toBe("new");
	});

	it("process hands fn the latest text, even one changed after the call began", async () => {
		const app = new FakeApp().seed({ "a.md": "one" });
		app.vault.beforeProcessWrite = () => app.vault.write("a.md", "two");
		await app.vault.process(app.vault.getFileByPath("a.md")!, (text) => `${text}+fix`);
		expect(app.vault.text("a.md")).toBe("two+fix");
	});
});

describe("workspace and views", () => {
	async function pluginWithDashboardRestored() {
		const app = new FakeApp();
		const leaf = app.workspace.restoreDeferredLeaf(VIEW_TYPE_DASHBOARD);
		const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0" } as never);
		plugin.load();
		await settle();
		app.workspace.finishLayout();
		await settle();
		return { app, plugin, leaf };
	}

	it("a restored background tab stays deferred: its type is known, its view is not ours and never opened", async () => {
		const { app, leaf } = await pluginWithDashboardRestored();
		expect(leaf.isDeferred).toBe(true);
		expect(leaf.getViewState().type).toBe(VIEW_TYPE_DASHBOARD);
		expect(leaf.view).not.toBeInstanceOf(DashboardView);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)).toEqual([leaf]);
	});

	it("revealLeaf loads a deferred leaf; opening the dashboard reuses the restored tab", async () => {
		const { app, plugin, leaf } = await pluginWithDashboardRestored();
		await openDashboard(plugin.context);
		expect(app.workspace.leaves).toEqual([leaf]);
		expect(leaf.isDeferred).toBe(false);
		expect(leaf.view).toBeInstanceOf(DashboardView);
		expect((leaf.view as View).containerEl.querySelector(".atlas-dashboard")).not.toBeNull();
	});

	it("a language switch while the dashboard is deferred touches nothing", async () => {
		const { plugin, leaf } = await pluginWithDashboardRestored();
		await plugin.context.settings.update({ labelLanguage: "zh" });
		expect(leaf.isDeferred).toBe(true);
		expect(leaf.tabTitle).toBe("");
	});

	it("onLayoutReady runs at once when the layout is already ready", () => {
		const app = new FakeApp();
		app.workspace.finishLayout();
		let ran = false;
		app.workspace.onLayoutReady(() => (ran = true));
		expect(ran).toBe(true);
	});
});

describe("plugin API", () => {
	it("unload runs cleanups, removes child components and closes the plugin's views", async () => {
		const app = new FakeApp();
		const plugin = new Plugin(app);
		const child = plugin.addChild(new Component());
		let cleaned = false;
		plugin.register(() => (cleaned = true));
		plugin.load();
		plugin.registerView("x", (leaf) => new DashboardLike(leaf));
		const leaf = app.workspace.getLeaf();
		await leaf.setViewState({ type: "x" });
		plugin.unload();
		expect([cleaned, child._loaded, leaf.view]).toEqual([true, false, null]);
	});

	it("registerCliHandler ids are unique per app and freed on unload", () => {
		const app = new FakeApp();
		const [first, second] = [new Plugin(app), new Plugin(app)];
		first.load();
		second.load();
		first.registerCliHandler("framework-atlas:index", "", null, () => "");
		expect(() => second.registerCliHandler("framework-atlas:index", "", null, () => "")).toThrow("already registered");
		first.unload();
		expect(() => second.registerCliHandler("framework-atlas:index", "", null, () => "")).not.toThrow();
	});

	it("parseFrontMatterTags answers as the recorded Obsidian 1.9 metadata cache did", () => {
		expect(parseFrontMatterTags({ tags: ["multiple1", "multiple2"] })).toEqual(["#multiple1", "#multiple2"]);
		expect(parseFrontMatterTags({ tags: "single-value-single-line" })).toEqual(["#single-value-single-line"]);
		expect(parseFrontMatterTags({ tags: "value-1-of-2-on-one-line, value-2-of-2-on-one-line" })).toEqual([]);
		expect(parseFrontMatterTags({ TAG: ["value1", "value2"] })).toBeNull();
		expect(parseFrontMatterTags({ Tags: ["a"] })).toEqual(["#a"]);
	});
});

class DashboardLike extends ItemView {
	getViewType(): string {
		return "x";
	}
}
