import { execFileSync } from "node:child_process";
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyImportPlan } from "../../src/core/import/apply-plan";
import { planImport } from "../../src/core/import/plan-import";
import { StageVocabulary } from "../../src/core/stages/stage-vocabulary";
import { fsNoteCreator } from "../../src/cli/fs-note-creator";
import { performance } from "node:perf_hooks";
import { summarize } from "../measure";
import { exposedGc } from "./memory";
import type { Measurement } from "../results";
import { nodeMachine } from "../../node/node-machine";

const STAGES = ["强化学习", "部署", "微调", "推理", "预训练", "评测", "数据", "其他"];
const MB = 1024 * 1024;

/** An outline shaped like the seed (stages, ### entries, repo and article links, CJK prose), `lines` lines long. */
export function generateOutline(lines: number, lineChars: number): string {
	const out: string[] = ["# 开源框架", ""];
	let entry = 0;
	while (out.length < lines) {
		if (entry % 500 === 0) out.push(`## ${STAGES[(entry / 500) % STAGES.length]}`, "");
		out.push(`### Framework ${entry}`, "", `https://github.com/example/framework-${entry}`, "");
		const prose = `学习教程：https://zhuanlan.zhihu.com/p/${entry} 强化学习 framework notes `;
		for (let i = 0; i < 4 && out.length < lines; i++) out.push((prose + "x".repeat(lineChars)).slice(0, Math.max(lineChars, 20)));
		out.push("");
		entry++;
	}
	return out.slice(0, lines).join("\n") + "\n";
}

interface Sizes {
	name: string;
	lines: number;
	lineChars: number;
}

/** The two imports the bench bounds: 10 MB of long lines, and 100,000 short lines. */
const CASES: Sizes[] = [
	{ name: "10 MB outline", lines: 60_000, lineChars: 230 },
	{ name: "100,000-line outline", lines: 100_000, lineChars: 40 },
];

/** What `atlas import` does after reading the outline: plan, then write every note through the atomic writer. */
async function importOnce(outline: string, out: string): Promise<number> {
	const plan = planImport(outline, { vocabulary: new StageVocabulary(), folder: "", preambleName: "Outline", exists: () => false });
	return (await applyImportPlan(plan, fsNoteCreator(nodeMachine, out))).created.length;
}

/** The floor: read the outline, split it, and write the same note texts, each synced, with no checks at all. */
function floorOnce(outlinePath: string, texts: [string, string][], out: string): void {
	readFileSync(outlinePath, "utf8").split("\n");
	mkdirSync(out, { recursive: true });
	for (const [path, text] of texts) {
		const fd = openSync(join(out, path), "wx");
		writeSync(fd, text);
		fsyncSync(fd);
		closeSync(fd);
	}
}

/** Import time against the floor, and heap at half and full size (linear: about 2× per doubling). */
export async function measureImportScale(script: string, runs: number): Promise<Measurement[]> {
	const out: Measurement[] = [];
	const group = "6 import (CLI writes, synced temp files)";
	for (const size of CASES) {
		const work = mkdtempSync(join(tmpdir(), "atlas-bench-import-"));
		try {
			const outline = generateOutline(size.lines, size.lineChars);
			const outlinePath = join(work, "outline.md");
			writeFileSync(outlinePath, outline);
			const plan = planImport(outline, { vocabulary: new StageVocabulary(), folder: "", preambleName: "Outline", exists: () => false });
			const texts = plan.notes.map((n) => [n.path, n.text] as [string, string]);
			const atlas: number[] = [];
			const floor: number[] = [];
			for (let i = 0; i < runs; i++) {
				let start = performance.now();
				floorOnce(outlinePath, texts, join(work, `floor-${i}`));
				floor.push(performance.now() - start);
				start = performance.now();
				const created = await importOnce(readFileSync(outlinePath, "utf8"), join(work, `atlas-${i}`));
				atlas.push(performance.now() - start);
				if (created !== texts.length) throw new Error(`import wrote ${created} of ${texts.length} notes`);
				rmSync(join(work, `floor-${i}`), { recursive: true, force: true });
				rmSync(join(work, `atlas-${i}`), { recursive: true, force: true });
			}
			const a = summarize(atlas);
			const f = summarize(floor);
			const label = `${size.name} (${(outline.length / MB).toFixed(1)} MB, ${plan.notes.length.toLocaleString("en")} notes)`;
			out.push({ group, name: `floor: read + split + write each note synced, ${label}`, value: f.median, min: f.min, unit: "ms" });
			out.push({ group, name: `atlas import vs floor, ${label}`, value: a.median, min: a.min, unit: "ms", baseline: { name: "floor", value: f.median }, budget: { max: 2.0, of: "ratio" } });
			const half = importMemory(script, { ...size, lines: size.lines / 2 });
			const full = importMemory(script, size);
			out.push({ group, name: `peak heap, half the ${size.name}`, value: half, unit: "MB" });
			out.push({ group, name: `peak heap, ${size.name}`, value: full, unit: "MB", baseline: { name: "half size", value: half }, budget: { max: 2.3, of: "ratio" }, note: "linear: ≈ 2× per doubling" });
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	}
	return out;
}

/** Peak heap (MB over an empty process) while planning and writing one import, in a fresh child. */
function importMemory(script: string, size: Sizes): number {
	const result = execFileSync(process.execPath, ["--expose-gc", script, "--import-memory", JSON.stringify(size)], { encoding: "utf8", maxBuffer: 1 << 20 });
	return Number(result.trim().split("\n").pop());
}

export async function importMemoryChild(size: Sizes): Promise<number> {
	const gc = exposedGc();
	const work = mkdtempSync(join(tmpdir(), "atlas-bench-import-mem-"));
	try {
		writeFileSync(join(work, "outline.md"), generateOutline(size.lines, size.lineChars));
		gc();
		const before = process.memoryUsage().heapUsed;
		let peak = before;
		const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
		const outline = readFileSync(join(work, "outline.md"), "utf8");
		sample();
		const plan = planImport(outline, { vocabulary: new StageVocabulary(), folder: "", preambleName: "Outline", exists: () => false });
		sample();
		await applyImportPlan(plan, fsNoteCreator(nodeMachine, join(work, "out")));
		sample();
		return (peak - before) / MB;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
