// Benchmark page (5, load): the built main.js evaluated the way Obsidian loads a plugin (its source run
// as a function of module, exports and require, with `obsidian` the only module), then onload on a
// stub app, in a fresh page each time. The baseline is an empty script run the same way.
import * as obsidian from "obsidian";
import { FakeApp } from "../../test/support/fake-app";

export interface LoadTiming {
	/** Compile and evaluate the script: from appending it until it has run. */
	evaluate: number;
	/** `await plugin.onload()` on the stub app (0 for the empty script). */
	onload: number;
}

/** (2) The first build after layout-ready, with Chromium's long-task entries while it runs. */
export interface BuildTiming {
	/** From finishing the layout until the index's first reset. */
	built: number;
	/** Long tasks (over 50 ms) while building, and the longest (0 when none). */
	longTasks: number;
	longestTask: number;
	entries: number;
}

interface LoadedPlugin {
	onload(): Promise<void>;
	index: { subscribe(listener: (change: { type: string }) => void): () => void; snapshot(): { entryCount: number } };
}

declare global {
	interface Window {
		atlasMainJs?: string;
		/** The vault for `build()`: every note, as [path, text]. */
		atlasBuildNotes?: [string, string][];
		atlasLoadBench: { load(): Promise<LoadTiming>; empty(): Promise<LoadTiming>; build(): Promise<BuildTiming> };
		atlasLoadedModule?: { exports: Record<string, unknown> };
		atlasRequire?: (name: string) => unknown;
	}
}

const MANIFEST = { id: "framework-atlas", name: "Framework Atlas", version: "0.0.0" };

window.atlasRequire = (name) => {
	if (name === "obsidian") return obsidian;
	throw new Error(`Cannot find module '${name}'`);
};

/** Runs `source` as a plugin's main.js: a classic script, so the browser compiles and runs it on append. */
function runAsPlugin(source: string): number {
	window.atlasLoadedModule = { exports: {} };
	const script = document.createElement("script");
	script.textContent = `(function (module, exports, require) {${source}\n})(window.atlasLoadedModule, window.atlasLoadedModule.exports, window.atlasRequire);`;
	const start = performance.now();
	document.head.append(script);
	return performance.now() - start;
}

function pluginClass(): new (app: unknown, manifest: unknown) => LoadedPlugin {
	const exported = window.atlasLoadedModule!.exports;
	return (exported.default ?? exported) as new (app: unknown, manifest: unknown) => LoadedPlugin;
}

window.atlasLoadBench = {
	async load() {
		const evaluate = runAsPlugin(window.atlasMainJs ?? "");
		const PluginClass = pluginClass();
		const plugin = new PluginClass(new FakeApp(), MANIFEST);
		const start = performance.now();
		await plugin.onload();
		return { evaluate, onload: performance.now() - start };
	},
	async empty() {
		return { evaluate: runAsPlugin(""), onload: 0 };
	},
	async build() {
		const app = new FakeApp().seed(Object.fromEntries(window.atlasBuildNotes ?? []));
		runAsPlugin(window.atlasMainJs ?? "");
		const plugin = new (pluginClass())(app, MANIFEST);
		await plugin.onload();
		// Seeding the stub app and loading ran in this task: end it before observing, or it is counted.
		await new Promise((resolve) => window.setTimeout(resolve, 100));
		const tasks: number[] = [];
		const observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push(entry.duration);
		});
		observer.observe({ type: "longtask" });
		const start = performance.now();
		const built = await new Promise<number>((resolve) => {
			const stop = plugin.index.subscribe((change) => {
				if (change.type !== "reset") return;
				stop();
				resolve(performance.now() - start);
			});
			app.workspace.finishLayout();
		});
		// The task that committed ends after this; its entry arrives once it has.
		await new Promise((resolve) => window.setTimeout(resolve, 100));
		for (const entry of observer.takeRecords()) tasks.push(entry.duration);
		observer.disconnect();
		return { built, longTasks: tasks.length, longestTask: Math.max(0, ...tasks), entries: plugin.index.snapshot().entryCount };
	},
};
