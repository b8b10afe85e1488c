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

declare global {
	interface Window {
		atlasMainJs?: string;
		atlasLoadBench: { load(): Promise<LoadTiming>; empty(): Promise<LoadTiming> };
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

window.atlasLoadBench = {
	async load() {
		const evaluate = runAsPlugin(window.atlasMainJs ?? "");
		const exported = window.atlasLoadedModule!.exports;
		const PluginClass = (exported.default ?? exported) as new (app: unknown, manifest: unknown) => { onload(): Promise<void> };
		const plugin = new PluginClass(new FakeApp(), MANIFEST);
		const start = performance.now();
		await plugin.onload();
		return { evaluate, onload: performance.now() - start };
	},
	async empty() {
		return { evaluate: runAsPlugin(""), onload: 0 };
	},
};
