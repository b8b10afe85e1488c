import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { App, PluginManifest } from "obsidian";
import { Plugin } from "obsidian";
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

async function timeOnload(make: (app: App) => Plugin, app: FakeApp): Promise<number> {
	const plugin = make(app as unknown as App);
	const start = performance.now();
	await plugin.onload();
	const elapsed = performance.now() - start;
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
		const start = performance.now();
		await plugin.onload();
		if (i >= 3) atlas.push(performance.now() - start);
		indexed += plugin.index.paths().length;
		plugin.unload();
		const b = await timeOnload((a) => new BarePlugin(a, MANIFEST), app);
		if (i >= 3) bare.push(b);
	}
	const readsDuringOnload = reads();
	const layout = await timeLayoutReady(notes);
	const group = "5 plugin";
	const sizeKb = statSync(mainJs).size / 1024;
	return [
		{ group, name: "main.js size", value: sizeKb, unit: "KB", budget: { max: 150, of: "value" } },
		{ group, name: "onload (stub app, 10,000 notes)", value: summarize(atlas).median, unit: "ms", baseline: { name: "bare plugin onload", value: summarize(bare).median } },
		{ group, name: "notes read or listed during onload", value: readsDuringOnload + indexed, unit: "count", budget: { max: 0, of: "value" }, note: "onload does no indexing" },
		{ group, name: "layout ready → index built", value: layout.indexed, unit: "ms", baseline: { name: "cachedRead every note", value: layout.readAll }, note: "metadata-cache pre-filter" },
	];
}

/** After onLayoutReady the plugin indexes: from the metadata cache it reads only candidate notes. */
async function timeLayoutReady(notes: readonly SyntheticNote[]): Promise<{ indexed: number; readAll: number }> {
	const app = new FakeApp().seed(Object.fromEntries(notes.map((n) => [n.path, n.text])));
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, MANIFEST);
	await plugin.onload();
	const built = new Promise<number>((resolve) => {
		const start = performance.now();
		plugin.index.subscribe((change) => {
			if (change.type === "reset") resolve(performance.now() - start);
		});
		app.workspace.finishLayout();
	});
	const indexed = await built;
	plugin.unload();
	const start = performance.now();
	for (const file of app.vault.getMarkdownFiles()) await app.vault.cachedRead(file);
	return { indexed, readAll: performance.now() - start };
}
