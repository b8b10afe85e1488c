import { readFileSync } from "node:fs";
import path from "node:path";
import { browserSkip } from "../browser-skip";
import { launchBrowser, ROOT } from "../../test/browser/harness";
import { summarize } from "../measure";
import type { BuildTiming, LoadTiming } from "../pages/plugin-load-page";
import type { SyntheticNote } from "../vault-generator";
import type { Measurement } from "../results";

const PAGE = "bench/pages/plugin-load-page.ts";

/**
 * (5) What a user waits for when Obsidian loads the plugin: main.js compiled and evaluated, then
 * onload, in Chromium, cold (a fresh page for every run, so nothing is compiled or optimised yet),
 * next to an empty script loaded the same way.
 */
export async function measureChromiumLoad(mainJs: string, runs: number): Promise<Measurement[]> {
	const group = "5 plugin";
	const skipped = browserSkip(group);
	if (skipped) return skipped;
	const source = readFileSync(mainJs, "utf8");
	const session = await launchBrowser();
	try {
		const open = () => session.open({ entry: PAGE, alias: { obsidian: path.join(ROOT, "test/__mocks__/obsidian.ts") }, globals: { atlasMainJs: source } });
		const loads: LoadTiming[] = [];
		const empties: number[] = [];
		for (let i = 0; i < runs; i++) {
			const view = await open();
			loads.push(await view.page.evaluate(() => window.atlasLoadBench.load()));
			if (view.consoleErrors.length > 0) throw new Error(`load bench page errors: ${view.consoleErrors.join("; ")}`);
			await view.close();
			const bare = await open();
			empties.push((await bare.page.evaluate(() => window.atlasLoadBench.empty())).evaluate);
			await bare.close();
		}
		const total = summarize(loads.map((l) => l.evaluate + l.onload));
		const evaluate = summarize(loads.map((l) => l.evaluate));
		const onload = summarize(loads.map((l) => l.onload));
		const baseline = { name: "empty script", value: summarize(empties).median };
		return [
			{ group, name: `Chromium, cold: evaluate main.js + onload (${runs} fresh pages)`, value: total.median, min: total.min, unit: "ms", baseline, budget: { max: 15, of: "value" }, note: `evaluate ${evaluate.median.toFixed(1)} ms, onload ${onload.median.toFixed(1)} ms` },
		];
	} finally {
		await session.close();
	}
}

/**
 * (2) The first build after layout-ready in Chromium, main.js on the stub app holding the whole vault,
 * with a `longtask` observer: the stub app's slice row measures gaps between timers in Node, this is the
 * browser's own account. A fresh page each run.
 */
export async function measureChromiumBuild(mainJs: string, notes: readonly SyntheticNote[], runs: number): Promise<Measurement[]> {
	const group = "5 plugin";
	const skipped = browserSkip(group);
	if (skipped) return skipped;
	const globals = { atlasMainJs: readFileSync(mainJs, "utf8"), atlasBuildNotes: notes.map((n) => [n.path, n.text]) };
	const session = await launchBrowser();
	try {
		const builds: BuildTiming[] = [];
		for (let i = 0; i < runs; i++) {
			const view = await session.open({ entry: PAGE, alias: { obsidian: path.join(ROOT, "test/__mocks__/obsidian.ts") }, globals });
			builds.push(await view.page.evaluate(() => window.atlasLoadBench.build()));
			if (view.consoleErrors.length > 0) throw new Error(`build bench page errors: ${view.consoleErrors.join("; ")}`);
			await view.close();
		}
		const built = summarize(builds.map((b) => b.built));
		const longest = Math.max(...builds.map((b) => b.longestTask));
		const note = `longest ${longest.toFixed(0)} ms; build ${built.median.toFixed(0)} ms (median of ${runs}), ${builds[0]!.entries} entries`;
		return [{ group, name: `Chromium: long tasks over 50 ms while building (longtask, ${runs} fresh pages)`, value: Math.max(...builds.map((b) => b.longTasks)), unit: "count", budget: { max: 0, of: "value" }, note }];
	} finally {
		await session.close();
	}
}
