import { writeFileSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { measureColdIndex } from "./cases/cold-index";
import { measureImport } from "./cases/import";
import { importMemoryChild, measureImportScale } from "./cases/import-scale";
import { bodyMemoryChild, measureBodyMemory, measureFullText } from "./cases/full-text";
import { measureIncremental } from "./cases/incremental";
import { memoryChild, measureMemory } from "./cases/memory";
import { measurePluginLoad } from "./cases/plugin-load";
import { measureQueries } from "./cases/query";
import { buildIndex } from "../src/core/index/build-index";
import { failures, formatTable, formatVerdicts } from "./report";
import type { Measurement } from "./results";
import { DEFAULT_SPEC, generateVault, writeVault, type VaultSpec } from "./vault-generator";

interface RunOptions {
	root: string;
	script: string;
	quick: boolean;
	/** `--only=cold,incremental`: run just these cases (names: cold, incremental, query, fulltext, dashboard, board, plugin, memory, import, import-scale). */
	only: string[] | null;
}

/** Parts of the plan that wait for code being written in parallel; reported, never silently skipped. */
const REMAINING: string[] = [];

const LARGE_ENTRIES = 10_000;

async function main(options: RunOptions): Promise<void> {
	const spec: VaultSpec = DEFAULT_SPEC;
	const notes = generateVault(spec);
	const vault = writeVault(notes);
	const runs = options.quick ? 3 : 9;
	const measurements: Measurement[] = [];
	const wanted = (name: string): boolean => options.only === null || options.only.includes(name);
	try {
		log(`vault: ${notes.length} notes in ${vault}`);
		if (wanted("cold")) measurements.push(...measureColdIndex(vault, runs));
		if (wanted("incremental")) measurements.push(...measureIncremental(notes, options.quick ? 100 : 1000));
		if (wanted("query")) {
			const index = buildIndex(notes.map((n) => [n.path, n.text]));
			measurements.push(...measureQueries(index.snapshot(), index.parseOptions().vocabulary, options.quick ? 50 : 200));
		}
		if (wanted("fulltext")) measurements.push(...measureFullText(spec.seed, options.quick ? 50 : 200), ...measureBodyMemory(options.script, spec.seed));
		if (wanted("dashboard")) {
			// Loaded on demand: playwright stays out of the memory children, which run this same bundle.
			const { measureDashboard } = await import("./cases/dashboard");
			measurements.push(...(await measureDashboard(notes, runs)));
			// Budget 4 at scale: a vault of 10,000 entries (and the same malformed notes), opened and scrolled.
			const large = generateVault({ notes: LARGE_ENTRIES + 10, entries: LARGE_ENTRIES, seed: spec.seed });
			measurements.push(...(await measureDashboard(large, options.quick ? 3 : 5)));
		}
		if (wanted("board")) {
			const { measureBoard } = await import("./cases/board");
			measurements.push(...(await measureBoard(notes, runs)));
		}
		if (wanted("plugin")) {
			measurements.push(...(await measurePluginLoad(join(options.root, "main.js"), notes, runs)));
			const { measureChromiumBuild, measureChromiumLoad } = await import("./cases/plugin-load-chromium");
			measurements.push(...(await measureChromiumLoad(join(options.root, "main.js"), runs)));
			measurements.push(...(await measureChromiumBuild(join(options.root, "main.js"), notes, options.quick ? 2 : 3)));
		}
		if (wanted("memory")) measurements.push(...measureMemory(options.script, spec.seed));
		if (wanted("import")) measurements.push(...(await measureImport(runs)));
		if (wanted("import-scale")) measurements.push(...(await measureImportScale(options.script, options.quick ? 2 : 5)));
	} finally {
		rmSync(vault, { recursive: true, force: true });
	}
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end`;
	out(`\nFramework Atlas benchmarks — ${machine}\n`);
	out(formatTable(measurements));
	if (REMAINING.length > 0) out(`\nNot measured yet:\n${REMAINING.map((r) => `  - ${r}`).join("\n")}`);
	const verdicts = formatVerdicts(measurements);
	if (verdicts !== "") out(`\nBudgets (the median against each budget):\n${verdicts}`);
	const failed = failures(measurements);
	out(failed.length === 0 ? "\nAll budgets PASS." : `\n${failed.length} budget(s) FAIL: ${failed.map((m) => m.name).join("; ")}`);
	const json = { date: new Date().toISOString(), machine, spec, measurements, remaining: REMAINING };
	writeFileSync(join(options.root, "bench/results.json"), JSON.stringify(json, null, "\t") + "\n");
	process.exitCode = failed.length === 0 ? 0 : 1;
}

function out(text: string): void {
	process.stdout.write(text + "\n");
}

function log(message: string): void {
	process.stderr.write(`· ${message}\n`);
}

// run.mjs bundles this file and runs it with the repository root and the bundle's own path.
const [mode, arg] = process.argv.slice(2);
if (mode === "--import-memory") {
	void importMemoryChild(JSON.parse(arg!) as Parameters<typeof importMemoryChild>[0]).then((mb) => out(String(mb)));
} else if (mode === "--memory") {
	out(JSON.stringify(memoryChild(JSON.parse(arg!) as VaultSpec)));
} else if (mode === "--body-memory") {
	const { seed, fenced } = JSON.parse(arg!) as { seed: number; fenced: boolean };
	out(JSON.stringify(bodyMemoryChild(seed, fenced)));
} else {
	const root = process.env.ATLAS_ROOT ?? process.cwd();
	const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",") ?? null;
	void main({ root, script: process.argv[1]!, quick: process.argv.includes("--quick"), only });
}
