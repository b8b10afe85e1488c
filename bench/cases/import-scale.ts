import { execFileSync } from "node:child_process";
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { syncFolder } from "../../node/atomic-write";
import { runCli } from "../../src/cli/run-cli";
import { planImport } from "../../src/core/import/plan-import";
import { StageVocabulary } from "../../src/core/stages/stage-vocabulary";
import { summarize } from "../measure";
import type { Measurement } from "../results";
import { nodeMachine } from "../../node/node-machine";

/** What the CLI is given besides its output: the real machine, and a clock. */
const cliIo = { cwd: tmpdir(), sampleVault: tmpdir(), now: () => new Date(), machine: nodeMachine };

const STAGES = ["强化学习", "部署", "微调", "推理", "预训练", "评测", "数据", "其他"];
const MB = 1024 * 1024;

/** How big an outline to generate: at least `bytes` of UTF-8, or exactly `lines` lines. */
export interface OutlineSize {
	name: string;
	lines?: number;
	bytes?: number;
	/** Characters per prose line (each entry has four). */
	lineChars: number;
}

/** An outline shaped like the seed (stages, ### entries, repo and article links, CJK prose), as big as `size` says. */
export function generateOutline(size: OutlineSize): string {
	const out: string[] = [];
	let bytes = 0;
	const full = () => (size.lines !== undefined && out.length >= size.lines) || (size.bytes !== undefined && bytes >= size.bytes);
	const push = (...lines: string[]) => {
		for (const line of lines) {
			if (full()) return;
			out.push(line);
			bytes += Buffer.byteLength(line, "utf8") + 1;
		}
	};
	push("# 开源框架", "");
	for (let entry = 0; !full(); entry++) {
		if (entry % 500 === 0) push(`## ${STAGES[(entry / 500) % STAGES.length]}`, "");
		push(`### Framework ${entry}`, "", `https://github.com/example/framework-${entry}`, "");
		const prose = `学习教程：https://zhuanlan.zhihu.com/p/${entry} 强化学习 framework notes `;
		for (let i = 0; i < 4; i++) push((prose + "x".repeat(size.lineChars)).slice(0, Math.max(size.lineChars, 20)));
		push("");
	}
	return out.join("\n") + "\n";
}

/** The two imports the bench bounds: 10 MB of long lines, and 100,000 short lines. */
const CASES: OutlineSize[] = [
	{ name: "10 MB outline", bytes: 10 * MB, lineChars: 230 },
	{ name: "100,000-line outline", lines: 100_000, lineChars: 40 },
];

function half(size: OutlineSize): OutlineSize {
	return { ...size, lines: size.lines === undefined ? undefined : size.lines / 2, bytes: size.bytes === undefined ? undefined : size.bytes / 2 };
}

interface Input {
	path: string;
	bytes: number;
	lines: number;
	notes: number;
	/** Each note's path and text, for the floor. */
	texts: [string, string][];
}

function writeInput(work: string, name: string, size: OutlineSize): Input {
	const outline = generateOutline(size);
	const path = join(work, `${name}.md`);
	writeFileSync(path, outline);
	const lines = outline.split("\n").length - 1;
	const bytes = Buffer.byteLength(outline, "utf8");
	if (size.bytes !== undefined && bytes < size.bytes) throw new Error(`${size.name}: generated ${bytes} bytes`);
	if (size.lines !== undefined && lines !== size.lines) throw new Error(`${size.name}: generated ${lines} lines`);
	const plan = planImport(outline, { vocabulary: new StageVocabulary(), folder: "", preambleName: "Outline", exists: () => false });
	return { path, bytes, lines, notes: plan.notes.length, texts: plan.notes.map((n) => [n.path, n.text]) };
}

/** What the user runs: `atlas import OUTLINE --out DIR` (with `--dry-run`: all but the writes), in-process (no Node start-up), its report captured. */
async function importOnce(input: Input, out: string, dryRun = false): Promise<void> {
	let report = "";
	const args = ["import", input.path, "--out", out, "--lang", "en", ...(dryRun ? ["--dry-run"] : [])];
	const code = await runCli(args, { ...cliIo, out: (text) => (report += text), err: (text) => (report += text) });
	const created = Number(/(?:Created|Would create) ([\d,]+) notes/.exec(report)?.[1]?.replace(/,/g, ""));
	if (code !== 0 || created !== input.notes) throw new Error(`import failed (exit ${code}): ${report.slice(0, 300)}`);
}

/**
 * The floor: read the outline, split it, and write the same note texts as durably (each file synced,
 * the folder synced once at the end) with nothing else: no parsing, no temp files, no checks.
 */
function floorOnce(input: Input, out: string): void {
	readFileSync(input.path, "utf8").split("\n");
	mkdirSync(out, { recursive: true });
	for (const [path, text] of input.texts) {
		const fd = openSync(join(out, path), "wx");
		writeSync(fd, text);
		fsyncSync(fd);
		closeSync(fd);
	}
	syncFolder(out);
}

/** Milliseconds of one call; `out` is removed afterwards (untimed). */
async function timed(out: string, fn: () => unknown): Promise<number> {
	const start = performance.now();
	await fn();
	const ms = performance.now() - start;
	rmSync(out, { recursive: true, force: true });
	return ms;
}

/**
 * For each case, three ratios to figures measured in the same run (in turns, so load on the shared machine
 * spreads over both sides; the untimed first dry runs warm the code):
 * - the import against the floor: what the crash-safe writer and the parsing cost over writing the notes;
 * - the dry run (every step but the writes: read, plan, the report with its line map) of the outline against
 *   half of it: time linear in the input, ≈ 2× per doubling (the writes are disk-bound, and a shared disk's
 *   noise would hide a super-linear step);
 * - peak memory of the import against half of it: linear too.
 */
export async function measureImportScale(script: string, runs: number): Promise<Measurement[]> {
	const out: Measurement[] = [];
	const group = "6 import (CLI writes, synced temp files)";
	for (const size of CASES) {
		const work = mkdtempSync(join(tmpdir(), "atlas-bench-import-"));
		try {
			const full = writeInput(work, "full", size);
			const small = writeInput(work, "half", half(size));
			const times = { floor: [] as number[], atlas: [] as number[], dry: [] as number[], dryHalf: [] as number[] };
			const dry = join(work, "dry");
			// Untimed: warms the code and the page cache for everything after.
			await importOnce(full, dry, true);
			await importOnce(small, dry, true);
			// Dry runs are CPU-bound and short: twice as many turns, and the ratio of the fastest (the least disturbed by load).
			for (let i = 0; i < runs * 2; i++) {
				times.dry.push(await timed(dry, () => importOnce(full, dry, true)));
				times.dryHalf.push(await timed(dry, () => importOnce(small, dry, true)));
			}
			// Writes are disk-bound (ten thousand synced files a turn): fewer turns, compared by their medians.
			for (let i = 0; i < Math.min(runs, 3); i++) {
				times.floor.push(await timed(join(work, "floor"), () => floorOnce(full, join(work, "floor"))));
				times.atlas.push(await timed(join(work, "atlas"), () => importOnce(full, join(work, "atlas"))));
			}
			const [f, a, d, dh] = [summarize(times.floor), summarize(times.atlas), summarize(times.dry), summarize(times.dryHalf)];
			const label = `${size.name} (${(full.bytes / MB).toFixed(1)} MB, ${full.lines.toLocaleString("en")} lines, ${full.notes.toLocaleString("en")} notes)`;
			const halfLabel = `half of it (${(small.bytes / MB).toFixed(1)} MB, ${small.lines.toLocaleString("en")} lines)`;
			out.push({ group, name: `floor: read + split + write each note synced, ${label}`, value: f.median, min: f.min, unit: "ms" });
			out.push({ group, name: `atlas import vs floor, ${label}`, value: a.median, min: a.min, unit: "ms", baseline: { name: "floor", value: f.median }, budget: { max: 2.0, of: "ratio" } });
			out.push({ group, name: `atlas import --dry-run, ${halfLabel}`, value: dh.median, min: dh.min, unit: "ms" });
			out.push({ group, name: `atlas import --dry-run, ${size.name} vs half of it (fastest of ${d.runs} each)`, value: d.min, min: d.min, unit: "ms", baseline: { name: "half size", value: dh.min }, budget: { max: 2.3, of: "ratio" }, note: `linear: ≈ 2× per doubling; medians ${(d.median / dh.median).toFixed(2)}×` });
			const idle = importMemory(script, writeInput(work, "idle", { name: "idle", lines: 20, lineChars: 40 }).path, join(work, "idle-out"));
			const halfPeak = importMemory(script, small.path, join(work, "half-mem")) - idle;
			const fullPeak = importMemory(script, full.path, join(work, "full-mem")) - idle;
			out.push({ group, name: `peak memory (RSS over a 20-line import), ${halfLabel}`, value: halfPeak, unit: "MB" });
			out.push({ group, name: `peak memory (RSS over a 20-line import), ${size.name}`, value: fullPeak, unit: "MB", baseline: { name: "half size", value: halfPeak }, budget: { max: 2.3, of: "ratio" }, note: `linear: ≈ 2× per doubling; ${(fullPeak / (full.bytes / MB)).toFixed(1)}× the outline's size` });
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	}
	return out;
}

/** Peak resident memory (MB) of a fresh process running one `atlas import` of `outline`: everything it held at its largest. */
function importMemory(script: string, outline: string, outDir: string): number {
	const result = execFileSync(process.execPath, [script, "--import-memory", JSON.stringify({ outline, out: outDir })], { encoding: "utf8", maxBuffer: 1 << 20 });
	rmSync(outDir, { recursive: true, force: true });
	return Number(result.trim().split("\n").pop());
}

export async function importMemoryChild(job: { outline: string; out: string }): Promise<number> {
	const code = await runCli(["import", job.outline, "--out", job.out], { ...cliIo, out: () => undefined, err: () => undefined });
	if (code !== 0) throw new Error(`import exited ${code}`);
	// maxRSS is in kilobytes.
	return process.resourceUsage().maxRSS / 1024;
}
