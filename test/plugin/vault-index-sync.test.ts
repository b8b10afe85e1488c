/** @jest-environment jsdom */
import type { App, Component as ObsidianComponent } from "obsidian";
import FrameworkAtlasPlugin from "../../src/plugin/main";
import { Component, TFile, TFolder } from "../__mocks__/obsidian";
import type { AtlasIndex } from "../../src/core/index/atlas-index";
import { createIndex } from "../../src/core/index/build-index";
import { VaultIndexSync } from "../../src/plugin/vault-index-sync";
import { FakeApp } from "../support/fake-app";
import { fixtureText } from "../support/note-fixtures";
import { readVaultNotes } from "../../node/vault-files";
import { SAMPLE_VAULT } from "../support/run-cli-capture";

const settle = () => new Promise((resolve) => window.setTimeout(resolve, 0));

const PLAIN_NOTES: Record<string, string> = {
	"Daily/2025-07-02.md": "# Wednesday\n\nRead about the veRL framework today.\n",
	"Daily/2025-07-03.md": "---\ntags: [daily]\n---\nNothing about entries here.\n",
	"Ideas/framework-comparison.md": "---\ntitle: framework comparison\ntags: [frameworks]\n---\n",
};
const BROKEN = { "Frameworks/broken.md": fixtureText("index/broken.md") };

function vault(): FakeApp {
	return new FakeApp().seed({ ...Object.fromEntries(readVaultNotes(SAMPLE_VAULT)), ...PLAIN_NOTES, ...BROKEN });
}

async function loadPlugin(app: FakeApp): Promise<{ plugin: FrameworkAtlasPlugin; reads: string[] }> {
	const reads: string[] = [];
	const cachedRead = app.vault.cachedRead.bind(app.vault);
	const read = app.vault.read.bind(app.vault);
	app.vault.cachedRead = async (file: TFile) => (reads.push(file.path), cachedRead(file));
	app.vault.read = async (file: TFile) => (reads.push(`read:${file.path}`), read(file));
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.1.0" } as never);
	plugin.load();
	await settle();
	return { plugin, reads };
}

describe("plugin wiring", () => {
	it("onload only registers: nothing is read before the layout is ready", async () => {
		const app = vault();
		const { plugin, reads } = await loadPlugin(app);
		expect(reads).toEqual([]);
		expect(plugin.index.snapshot().entryCount).toBe(0);
		expect(app.vault.listenerCount()).toBe(0);
		expect(app.metadataCache.listenerCount()).toBe(0);
		plugin.unload();
	});

	it("on layout ready reads only candidate notes and builds the sample index", async () => {
		const app = vault();
		const { plugin, reads } = await loadPlugin(app);
		app.workspace.finishLayout();
		await settle();
		// The 21 entries have the tag in their frontmatter, broken.md has frontmatter Obsidian cannot read;
		// the stage overview (tagged framework-stage), the README and the plain notes are never read.
		const entries = readVaultNotes(SAMPLE_VAULT).filter(([, text]) => /^tags: \[framework[,\]]/m.test(text));
		expect(entries).toHaveLength(21);
		const expected = [...entries.map(([path]) => path), "Frameworks/broken.md"].sort();
		expect([...reads].sort()).toEqual(expected);
		const snapshot = plugin.index.snapshot();
		expect(snapshot.stages.map((g) => g.entries.length)).toEqual([4, 0, 3, 10, 3, 1]);
		expect(snapshot.problems.map((p) => p.path)).toEqual(["Frameworks/broken.md"]);
		plugin.unload();
	});

	it("stays live through metadata changes, deletes, and file and folder renames", async () => {
		const app = vault();
		const { plugin, reads } = await loadPlugin(app);
		app.workspace.finishLayout();
		await settle();
		const heard: string[] = [];
		const unsubscribe = plugin.index.subscribe((change) => heard.push(change.type));
		const before = reads.length;

		app.vault.write("Frameworks/veRL.md", app.vault.text("Frameworks/veRL.md").replace("starred: true", "starred: false"));
		expect(plugin.index.entry("Frameworks/veRL.md")?.starred).toBe(false);

		await app.vault.create("Frameworks/New.md", "---\ntags: [framework/deploy]\n---\n");
		expect(plugin.index.entry("Frameworks/New.md")).toMatchObject({ name: "New", stage: "deploy" });
		await app.vault.rename(app.vault.getFileByPath("Frameworks/New.md")!, "Frameworks/New one.md");
		expect(plugin.index.has("Frameworks/New.md")).toBe(false);
		expect(plugin.index.entry("Frameworks/New one.md")?.name).toBe("New one");

		app.vault.write("Frameworks/New one.md", "---\ntags: [notes]\n---\n");
		expect(plugin.index.has("Frameworks/New one.md")).toBe(false);
		app.vault.write("Daily/2025-07-02.md", "# still not an entry\n");
		expect(plugin.index.has("Daily/2025-07-02.md")).toBe(false);

		await app.vault.delete(app.vault.getFileByPath("Frameworks/TGI.md")!);
		expect(plugin.index.has("Frameworks/TGI.md")).toBe(false);

		await app.vault.rename(app.vault.getFileByPath("Frameworks/OpenRLHF.md")!, "Frameworks/OpenRLHF (fork).md");
		expect(plugin.index.entry("Frameworks/OpenRLHF (fork).md")?.name).toBe("OpenRLHF");
		expect(plugin.index.has("Frameworks/OpenRLHF.md")).toBe(false);

		// A folder rename: Obsidian moves every file, then reports the folder.
		const moved = [...app.vault.files.keys()].filter((p) => p.startsWith("Frameworks/"));
		for (const path of moved) {
			const record = app.vault.files.get(path)!;
			app.vault.files.delete(path);
			app.vault.files.set(path.replace("Frameworks/", "Atlas/"), record);
		}
		app.vault.trigger("rename", new TFolder("Atlas"), "Frameworks");
		expect(plugin.index.paths().every((p) => p.startsWith("Atlas/"))).toBe(true);
		expect(plugin.index.entry("Atlas/veRL.md")?.name).toBe("veRL");

		// Then the per-file events, which must not double-apply.
		const eventFile = new TFile("Atlas/vLLM.md");
		app.vault.trigger("rename", eventFile, "Frameworks/vLLM.md");
		expect(plugin.index.entry("Atlas/vLLM.md")?.name).toBe("vLLM");

		app.vault.trigger("delete", new TFolder("Atlas"));
		expect(plugin.index.paths()).toEqual([]);
		expect(reads.length).toBe(before);
		expect(heard.length).toBeGreaterThan(5);
		unsubscribe();
		plugin.unload();
	});

	it("drops a note renamed away from .md", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		app.workspace.finishLayout();
		await settle();
		await app.vault.rename(app.vault.getFileByPath("Frameworks/SGLang.md")!, "Frameworks/SGLang.txt");
		expect(plugin.index.has("Frameworks/SGLang.txt")).toBe(false);
		expect(plugin.index.has("Frameworks/SGLang.md")).toBe(false);
		await app.vault.rename(app.vault.getFileByPath("Frameworks/SGLang.txt")!, "Frameworks/SGLang again.md");
		await settle();
		expect(plugin.index.entry("Frameworks/SGLang again.md")?.name).toBe("SGLang");
		plugin.unload();
	});

	it("keeps an edit and a delete made while the first build is still reading", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const cachedRead = app.vault.cachedRead.bind(app.vault);
		const done: string[] = [];
		app.vault.cachedRead = async (file: TFile) => {
			const text = await cachedRead(file);
			done.push(file.path);
			// While the build awaits its reads, the user stars the first note it read and deletes the second.
			if (done.length === 1) app.vault.write(file.path, text.replace("tags:", "starred: true\ntags:"));
			if (done.length === 2) await app.vault.delete(file);
			return text;
		};
		app.workspace.finishLayout();
		await settle();
		expect(done.length).toBeGreaterThan(20);
		expect(plugin.index.entry(done[0]!)?.starred).toBe(true);
		expect(plugin.index.has(done[1]!)).toBe(false);
		plugin.unload();
	});

	it("removes every listener on unload, after which vault events change nothing", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		app.workspace.finishLayout();
		await settle();
		expect(app.vault.listenerCount()).toBeGreaterThan(0);
		expect(app.metadataCache.listenerCount("changed")).toBeGreaterThan(0);
		plugin.unload();
		expect(app.vault.listenerCount()).toBe(0);
		expect(app.metadataCache.listenerCount()).toBe(0);
		const count = plugin.index.snapshot().entryCount;
		await app.vault.delete(app.vault.getFileByPath("Frameworks/veRL.md")!);
		expect(plugin.index.snapshot().entryCount).toBe(count);
	});

	it("isCandidate skips notes whose cached frontmatter lacks the tag, reads the ones Obsidian could not parse", async () => {
		const app = vault();
		const { plugin } = await loadPlugin(app);
		const sync = (plugin as unknown as { sync: { isCandidate(cache: unknown): boolean } }).sync;
		expect(sync.isCandidate(null)).toBe(true);
		expect(sync.isCandidate({})).toBe(false);
		expect(sync.isCandidate({ frontmatterPosition: {} })).toBe(true);
		expect(sync.isCandidate({ frontmatterPosition: {}, frontmatter: { tags: "daily, framework/rl" } })).toBe(true);
		expect(sync.isCandidate({ frontmatterPosition: {}, frontmatter: { tag: "#Framework" } })).toBe(true);
		expect(sync.isCandidate({ frontmatterPosition: {}, frontmatter: { tags: ["frameworks"] } })).toBe(false);
		expect(sync.isCandidate({ frontmatterPosition: {}, frontmatter: { tags: { weird: 1 } } })).toBe(true);
		plugin.unload();
	});
});

describe("the first build yields to the event loop between slices", () => {
	const build = async (app: FakeApp): Promise<AtlasIndex> => {
		const index = createIndex();
		const owner = new Component();
		owner.load();
		await new VaultIndexSync(app as unknown as App, index, () => "framework").start(owner as unknown as ObsidianComponent);
		owner.unload();
		return index;
	};

	it("lets timers run mid-build, keeps the old index until it commits, and settles edits made meanwhile", async () => {
		const app = vault();
		const index = createIndex();
		const owner = new Component();
		owner.load();
		const resets: number[] = [];
		index.subscribe((change) => {
			if (change.type === "reset") resets.push(Date.now());
		});
		const sync = new VaultIndexSync(app as unknown as App, index, () => "framework", { sliceMs: 0, batch: 1 });
		const seen: { entries: number; resets: number }[] = [];
		let edited = false;
		const during = (): void => {
			seen.push({ entries: index.snapshot().entryCount, resets: resets.length });
			if (!edited) {
				edited = true;
				// A note the build has already read is starred, and one is deleted, while the build waits.
				app.vault.write("Frameworks/EasyR1.md", app.vault.text("Frameworks/EasyR1.md").replace("tags:", "starred: true\ntags:"));
				void app.vault.delete(app.vault.getFileByPath("Frameworks/vLLM.md")!);
			}
			if (resets.length === 0) window.setTimeout(during, 0);
		};
		window.setTimeout(during, 0);
		await sync.start(owner as unknown as ObsidianComponent);
		// Timers ran while the build was under way and saw no half-built index: nothing, then only the note the edit event delivered.
		const before = seen.filter((s) => s.resets === 0);
		expect(before.length).toBeGreaterThan(3);
		expect(before[0]!.entries).toBe(0);
		expect(before.slice(1).every((s) => s.entries === 1)).toBe(true);
		expect(resets).toHaveLength(1);
		expect(index.entry("Frameworks/EasyR1.md")?.starred).toBe(true);
		expect(index.has("Frameworks/vLLM.md")).toBe(false);
		// Exactly what one uninterrupted build of the vault as it is now gives.
		expect(index.snapshot()).toEqual((await build(app)).snapshot());
		owner.unload();
	});

	it("reports how many notes are looked at by every pause, then that the index holds the vault", async () => {
		const app = vault();
		const index = createIndex();
		const owner = new Component();
		owner.load();
		const reports: string[] = [];
		const sync = new VaultIndexSync(app as unknown as App, index, () => "framework", { sliceMs: 0, batch: 5 }, {
			reading: (read, total) => void reports.push(`${read}/${total} entries=${index.snapshot().entryCount}`),
			done: () => void reports.push(`done entries=${index.snapshot().entryCount}`),
		});
		await sync.start(owner as unknown as ObsidianComponent);
		// 28 notes, most skipped on their metadata alone; the old (empty) index answers until the commit.
		expect(app.vault.getMarkdownFiles()).toHaveLength(28);
		expect(reports).toEqual(["0/28 entries=0", "5/28 entries=0", "10/28 entries=0", "15/28 entries=0", "20/28 entries=0", "25/28 entries=0", "done entries=21"]);
		owner.unload();
	});
});
