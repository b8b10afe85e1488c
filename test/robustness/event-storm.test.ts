/**
 * @jest-environment jsdom
 */
/**
 * Event storms: seeded random sequences of creates, edits, renames (chains, folders, extension
 * changes), deletes and delete-then-recreate go through the FakeApp vault while the real plugin
 * listens. After each sequence the live index must equal a fresh rebuild from the files as they
 * now are. A failure names its seed; replay it by running only that seed.
 */
import type { App } from "obsidian";
import { buildIndex, createIndex } from "../../src/core/index/build-index";
import type FrameworkAtlasPlugin from "../../src/plugin/main";
import { VaultIndexSync } from "../../src/plugin/vault-index-sync";
import { TFile, TFolder } from "../__mocks__/obsidian";
import { FakeApp } from "../support/fake-app";
import { issuePaths, openDashboard, shownCardPaths } from "./support/dashboard-probe";
import { clearMarkers, codeRan } from "./support/hostile-vault";
import { settle, startPlugin } from "./support/plugin-harness";
import { SeededRandom } from "../../bench/seeded-random";

// The whole hostile vault (a 5 MB note among it) on a busy 2-core machine, in parallel with other suites.
jest.setTimeout(30_000);

const NAMES = ["veRL", "EasyR1", "TRL", "vLLM", "SGLang", "LLaMA-Factory"];
const STAGES = ["rl", "deploy", "微调", "pretrain", "nonsense"];
const FOLDERS = ["", "A", "A/B", "C"];

function randomText(rng: SeededRandom): string {
	const name = rng.pick(NAMES);
	const kinds: (() => string)[] = [
		() => `---\ntags: [framework]\nname: ${name}\nstage: ${rng.pick(STAGES)}\nbased_on: "[[${rng.pick(NAMES)}]]"\n---\nBody ${rng.int(0, 999)}\n`,
		() => `---\ntags: [framework/${rng.pick(["rl", "deploy"])}]\nrepo: https://github.com/example/${name.toLowerCase()}\n---\n- 2025-07-02 14:01:48 Wednesday Source https://example.org/${rng.int(0, 98)}\n`,
		() => `---\ntags: [reading]\nname: ${name}\n---\nNot an entry.\n`,
		() => `---\ntags: [framework\nname: ${name}\n---\nBroken YAML.\n`,
		() => `---\ntags: { framework: true }\n---\n`,
		() => `---js\n({ tags: ["framework"], name: (globalThis.__ATLAS_PWNED__ = "storm") })\n---\n`,
		() => `---\ntags: [framework]\nname: ${name}\n`,
		() => `No frontmatter, mentions framework.\n`,
		() => `---\ntags: [framework]\na: &a [x, x, x, x, x, x, x, x, x]\nb: [${Array(70).fill("*a").join(", ")}]\n---\n`,
		() => `\uFEFF---\r\ntags: [framework]\r\nname: "<img src=x onerror=alert(1)> ${name}"\r\n---\r\n`,
	];
	return rng.pick(kinds)();
}

class Storm {
	private folderSerial = 0;
	constructor(
		private readonly app: FakeApp,
		private readonly rng: SeededRandom,
	) {}

	private files(): TFile[] {
		return this.app.vault.getFiles();
	}
	private freePath(extension = this.rng.chance(0.9) ? "md" : "txt"): string {
		for (;;) {
			const folder = this.rng.pick(FOLDERS);
			const path = `${folder === "" ? "" : folder + "/"}n${this.rng.int(0, 11)}.${extension}`;
			if (!this.app.vault.getFileByPath(path)) return path;
		}
	}
	private existing(): TFile | null {
		const files = this.files();
		return files.length === 0 ? null : this.rng.pick(files);
	}
	private folders(): string[] {
		const all = new Set<string>();
		for (const file of this.files()) for (let at = file.path.indexOf("/"); at !== -1; at = file.path.indexOf("/", at + 1)) all.add(file.path.slice(0, at));
		return [...all];
	}

	async step(): Promise<void> {
		const vault = this.app.vault;
		const file = this.existing();
		const roll = this.rng.int(0, 10);
		if (roll === 0 || !file) await vault.create(this.freePath(), randomText(this.rng));
		else if (roll === 1) await vault.modify(file, randomText(this.rng));
		else if (roll === 2) for (let i = 0; i < 5; i++) await vault.modify(file, randomText(this.rng));
		else if (roll === 3) await vault.rename(file, this.freePath(this.rng.chance(0.85) ? file.extension : file.extension === "md" ? "txt" : "md"));
		else if (roll === 4) {
			// A rename chain a -> b -> c, with no other event in between.
			await vault.rename(file, this.freePath(file.extension));
			await vault.rename(file, this.freePath(file.extension));
		} else if (roll === 5) await this.renameFolder();
		else if (roll === 6) await vault.delete(file);
		else if (roll === 7) {
			const path = file.path;
			await vault.delete(file);
			await vault.create(path, randomText(this.rng));
		} else if (roll === 8) await vault.process(file, (text) => text + `\n- 2025-07-0${1 + this.rng.int(0, 8)} 10:00:00 appended https://example.org/p\n`);
		else if (roll === 9 && file.extension === "md") await this.app.fileManager.processFrontMatter(file, (fm) => void (fm.stage = this.rng.pick(STAGES))).catch(() => undefined);
		else await this.deleteFolder();
	}

	private async renameFolder(): Promise<void> {
		const folders = this.folders();
		if (folders.length === 0) return;
		const folder = this.rng.pick(folders);
		const parent = folder.includes("/") ? folder.slice(0, folder.lastIndexOf("/") + 1) : "";
		await this.app.vault.rename(new TFolder(folder), `${parent}F${++this.folderSerial}`);
	}

	private async deleteFolder(): Promise<void> {
		const folders = this.folders();
		if (folders.length > 0 && this.rng.chance(0.3)) await this.app.vault.delete(new TFolder(this.rng.pick(folders)));
	}
}

async function freshRebuild(app: FakeApp) {
	const index = createIndex({ entryTag: "framework" });
	await new VaultIndexSync(app as unknown as App, index, () => "framework").rebuild();
	return index.snapshot();
}

/** What the core says about every markdown file that Obsidian shows frontmatter for. */
function coreAnswer(app: FakeApp) {
	const notes = app.vault
		.getMarkdownFiles()
		.filter((file) => app.metadataCache.getFileCache(file)?.frontmatterPosition)
		.map((file): [string, string] => [file.path, app.vault.text(file.path)]);
	return buildIndex(notes).snapshot();
}

const SEEDS = Array.from({ length: 30 }, (_, i) => 1000 + i * 7919);

beforeEach(() => clearMarkers());

test.each(SEEDS)("storm with seed %i: the live index equals a fresh rebuild after every sequence", async (seed) => {
	const rng = new SeededRandom(seed);
	const app = new FakeApp();
	app.vault.folderEventsForChildren = rng.chance(0.7);
	const storm = new Storm(app, rng);
	for (let i = 0; i < 8; i++) await storm.step();
	const plugin: FrameworkAtlasPlugin = await startPlugin(app);
	const dashboard = await openDashboard(app);
	for (let sequence = 0; sequence < 4; sequence++) {
		for (let i = 0; i < 25; i++) await storm.step();
		await settle(1);
		const live = plugin.index.snapshot();
		expect(live).toEqual(await freshRebuild(app));
		expect(live).toEqual(coreAnswer(app));
		// The open dashboard shows exactly that index: one card per entry, every bad note listed.
		expect(shownCardPaths(dashboard)).toEqual(plugin.index.entries().map((e) => e.path).sort());
		expect(await issuePaths(dashboard)).toEqual([...new Set([...live.problems, ...live.warnings].map((d) => d.path))].sort());
	}
	expect(codeRan()).toBe(false);
	plugin.unload();
});

test("after the entry tag changes mid-storm, reindex equals a fresh rebuild with the new tag", async () => {
	const rng = new SeededRandom(42);
	const app = new FakeApp();
	const storm = new Storm(app, rng);
	const plugin = await startPlugin(app);
	for (let i = 0; i < 40; i++) await storm.step();
	await app.vault.create("retagged.md", "---\ntags: [llm]\nname: Retagged\n---\n");
	await plugin.context.settings.update({ entryTag: "llm" });
	expect(plugin.index.entries().map((e) => e.path)).toEqual(["retagged.md"]);
	await app.vault.delete(app.vault.getFileByPath("retagged.md")!);
	for (let i = 0; i < 20; i++) await storm.step();
	await app.vault.create("retagged.md", "---\ntags: [llm]\nname: Retagged\n---\n");
	await app.vault.modify(app.vault.getFileByPath("retagged.md")!, "---\ntags: [llm/rl]\nname: Retagged again\n---\n");
	const index = createIndex({ entryTag: "llm" });
	await new VaultIndexSync(app as unknown as App, index, () => "llm").rebuild();
	expect(plugin.index.snapshot()).toEqual(index.snapshot());
	expect(plugin.index.entry("retagged.md")?.stage).toBe("rl");
	plugin.unload();
});

test.each(SEEDS.slice(0, 12))("storm with seed %i during the first read: nothing edited mid-read is lost", async (seed) => {
	const rng = new SeededRandom(seed);
	const app = new FakeApp();
	app.vault.folderEventsForChildren = rng.chance(0.7);
	const storm = new Storm(app, rng);
	for (let i = 0; i < 30; i++) await storm.step();
	for (let i = 0; i < 6; i++) await app.vault.create(`read-${i}.md`, `---\ntags: [framework]\nname: Read ${i}\n---\n`);
	// While the plugin reads its notes one by one, the vault keeps changing under it (sync, other plugins).
	let reads = 0;
	app.vault.beforeRead = async () => {
		if (reads++ > 40) return;
		for (let i = 0; i < 3; i++) await storm.step();
	};
	const plugin = await startPlugin(app);
	await settle(3);
	app.vault.beforeRead = null;
	expect(reads).toBeGreaterThan(0);
	expect(plugin.index.snapshot()).toEqual(await freshRebuild(app));
	expect(plugin.index.snapshot()).toEqual(coreAnswer(app));
	plugin.unload();
});
