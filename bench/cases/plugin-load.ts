import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { App, PluginManifest } from "obsidian";
import { Plugin } from "obsidian";
import { buildIndex, createIndex } from "../../src/core/index/build-index";
import { VaultIndexSync } from "../../src/plugin/vault-index-sync";
import FrameworkAtlasPlugin from "../../src/plugin/main";
import { FakeApp } from "../../test/support/fake-app";
import { installDomGlobals } from "../dom-globals";
import { summarize } from "../measure";
import type { Measurement } from "../results";
import type { SyntheticNote } from "../vault-generator";

const MANIFEST = { id: "framework-atlas", name: "Framework Atlas", version: "0.0.0" } as PluginManifest;

/** A plugin that only loads its data: what any onload costs before doing anything. */
class BarePlugin extends Plugin {
	async onload(): Promise<void> {
		await this.loadData();
	}
}

/** Counts every way a plugin could read notes, so onload can be shown to read none. */
function countingApp(notes: readonly SyntheticNote[]): { app: FakeApp; reads: () => number } {
	const app = new FakeApp().seed(Object.fromEntries(notes.map((n) => [n.path, n.text])));
	let reads = 0;
	const vault = app.vault as unknown as Record<string, (...args: unknown[]) => unknown>;
	for (const method of ["read", "cachedRead", "getMarkdownFiles", "getFiles"]) {
		const original = vault[method]!.bind(app.vault);
		vault[method] = (...args: unknown[]) => {
			reads++;
			return original(...args);
		};
	}
	return { app, reads: () => reads };
}

/**
 * Loads `plugin` as Obsidian does (load(), so unload() later runs everything it registered: its CLI
 * handlers, intervals and events, which would otherwise pile up on the shared stub app) and returns
 * how long its onload took, awaited.
 */
async function timedLoad(plugin: Plugin): Promise<number> {
	const onload = plugin.onload.bind(plugin);
	const loading: Promise<void>[] = [];
	plugin.onload = () => {
		const result = Promise.resolve(onload());
		loading.push(result);
		return result;
	};
	const start = performance.now();
	plugin.load();
	await Promise.all(loading);
	return performance.now() - start;
}

async function timeOnload(make: (app: App) => Plugin, app: FakeApp): Promise<number> {
	const plugin = make(app as unknown as App);
	const elapsed = await timedLoad(plugin);
	plugin.unload();
	return elapsed;
}

/** (5) Bundle size and onload with a stub app holding the whole synthetic vault. */
export async function measurePluginLoad(mainJs: string, notes: readonly SyntheticNote[], runs: number): Promise<Measurement[]> {
	installDomGlobals();
	const { app, reads } = countingApp(notes);
	const atlas: number[] = [];
	const bare: number[] = [];
	let indexed = 0;
	for (let i = 0; i < runs + 3; i++) {
		const plugin = new FrameworkAtlasPlugin(app as unknown as App, MANIFEST);
		const elapsed = await timedLoad(plugin);
		if (i >= 3) atlas.push(elapsed);
		indexed += plugin.index.paths().length;
		plugin.unload();
		const b = await timeOnload((a) => new BarePlugin(a, MANIFEST), app);
		if (i >= 3) bare.push(b);
	}
	const readsDuringOnload = reads();
	// Each build in a fresh app; the first is also the first time this code runs (reported in the note).
	const layouts: LayoutTiming[] = [];
	for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) layouts.push(await timeLayoutReady(notes));
	const built = summarize(layouts.map((l) => l.indexed));
	const group = "5 plugin";
	const sizeKb = statSync(mainJs).size / 1024;
	return [
		{ group, name: "main.js size", value: sizeKb, unit: "KB", budget: { max: 250, of: "value" } },
		{ group, name: "onload (stub app, 10,000 notes)", value: summarize(atlas).median, unit: "ms", baseline: { name: "bare plugin onload", value: summarize(bare).median } },
		{ group, name: "notes read or listed during onload", value: readsDuringOnload + indexed, unit: "count", budget: { max: 0, of: "value" }, note: "onload does no indexing" },
		{ group, name: "layout ready → index built", value: built.median, min: built.min, unit: "ms", baseline: { name: "cachedRead every note", value: summarize(layouts.map((l) => l.readAll)).median }, note: `metadata-cache pre-filter; the first (cold) build ${layouts[0]!.indexed.toFixed(0)} ms` },
		{ group, name: "layout ready → index built vs parsing the candidates", value: built.median, min: built.min, unit: "ms", baseline: { name: "parse candidates", value: summarize(layouts.map((l) => l.parseOnly)).median }, budget: { max: 1.3, of: "ratio" }, note: `${layouts.length} builds, each in a fresh stub app, in turns with the parse` },
		{ group, name: "longest main-thread slice while building", value: Math.max(...layouts.map((l) => l.longestSlice)), unit: "ms", budget: { max: 50, of: "value" }, note: `gaps between timer ticks, the worst of ${layouts.length} builds` },
	];
}

/** After onLayoutReady the plugin indexes: from the metadata cache it reads only candidate notes. */
/** `npm run bench` runs with --expose-gc; without it (a bundle run by hand) this does nothing. */
function collectGarbage(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

interface LayoutTiming {
	indexed: number;
	readAll: number;
	parseOnly: number;
	longestSlice: number;
}

async function timeLayoutReady(notes: readonly SyntheticNote[]): Promise<LayoutTiming> {
	const app = new FakeApp().seed(Object.fromEntries(notes.map((n) => [n.path, n.text])));
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, MANIFEST);
	await timedLoad(plugin);
	// Seeding the stub app leaves garbage; collected here, it is not charged to the build (nor the next to the parse).
	collectGarbage();
	let longestSlice = 0;
	let building = true;
	const built = new Promise<number>((resolve) => {
		const start = performance.now();
		plugin.index.subscribe((change) => {
			if (change.type !== "reset") return;
			building = false;
			resolve(performance.now() - start);
		});
		// A timer chain: each gap between two ticks is a stretch the build held the thread.
		let last = performance.now();
		const tick = (): void => {
			const now = performance.now();
			longestSlice = Math.max(longestSlice, now - last);
			last = now;
			if (building) window.setTimeout(tick, 0);
		};
		window.setTimeout(tick, 0);
		app.workspace.finishLayout();
	});
	const indexed = await built;
	plugin.unload();
	// The floor: the same candidate notes (by the plugin's own metadata rule) parsed in one go, texts in hand.
	const rule = new VaultIndexSync(app as unknown as App, createIndex(), () => "framework");
	const candidates = app.vault.getMarkdownFiles().filter((f) => rule.isCandidate(app.metadataCache.getFileCache(f) as never));
	const texts: [string, string][] = candidates.map((f) => [f.path, app.vault.text(f.path)]);
	collectGarbage();
	const parseStart = performance.now();
	buildIndex(texts).snapshot();
	const parseOnly = performance.now() - parseStart;
	const start = performance.now();
	for (const file of app.vault.getMarkdownFiles()) await app.vault.cachedRead(file);
	return { indexed, readAll: performance.now() - start, parseOnly, longestSlice };
}
