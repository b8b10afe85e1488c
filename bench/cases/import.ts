import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fsNoteCreator } from "../../src/cli/fs-note-creator";
import { applyImportPlan } from "../../src/core/import/apply-plan";
import { planImport } from "../../src/core/import/plan-import";
import { StageVocabulary } from "../../src/core/stages/stage-vocabulary";
import { generateAwesomeList } from "../awesome-list-generator";
import type { Measurement } from "../results";
import { nodeMachine } from "../../node/node-machine";

const ITEMS = 1000;

/** (7) `atlas import` of a 1,000-item awesome-list: plan, and plan + write every note, against reading the file. */
export async function measureImport(runs: number): Promise<Measurement[]> {
	const work = mkdtempSync(join(tmpdir(), "atlas-bench-import-"));
	const outline = join(work, "awesome.md");
	writeFileSync(outline, generateAwesomeList(ITEMS));
	const plan = () => planImport(readFileSync(outline, "utf8"), { vocabulary: new StageVocabulary(), folder: "", preambleName: "intro", exists: () => false, newStages: true });
	const samples = { read: [] as number[], plan: [] as number[], write: [] as number[], raw: [] as number[] };
	let notes = 0;
	try {
		for (let i = 0; i < runs + 1; i++) {
			const out = join(work, `out-${i}`);
			const t0 = performance.now();
			readFileSync(outline, "utf8");
			const t1 = performance.now();
			plan();
			const t2 = performance.now();
			const planned = plan();
			const result = await applyImportPlan(planned, fsNoteCreator(nodeMachine, out));
			const t3 = performance.now();
			notes = result.created.length;
			rmSync(out, { recursive: true, force: true });
			// The file system's own floor: the same texts written with nothing else done.
			const raw = join(work, `raw-${i}`);
			mkdirSync(raw);
			const t4 = performance.now();
			for (const [n, note] of planned.notes.entries()) writeFileSync(join(raw, `${n}.md`), note.text, { flag: "wx" });
			const t5 = performance.now();
			rmSync(raw, { recursive: true, force: true });
			// The first turn warms up the JIT and the file cache.
			if (i === 0) continue;
			samples.read.push(t1 - t0);
			samples.plan.push(t2 - t1);
			samples.write.push(t3 - t2);
			samples.raw.push(t5 - t4);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	const read = median(samples.read);
	const group = `7 import a ${ITEMS.toLocaleString("en")}-item awesome-list (${notes} notes)`;
	return [
		{ group, name: "read the file", value: read, min: Math.min(...samples.read), unit: "ms" },
		{ group, name: "plan (read + parse + plan)", value: median(samples.plan), min: Math.min(...samples.plan), unit: "ms", baseline: { name: "read", value: read } },
		{ group, name: "write the same notes, writeFileSync alone", value: median(samples.raw), min: Math.min(...samples.raw), unit: "ms" },
		{ group, name: "plan + write every note", value: median(samples.write), min: Math.min(...samples.write), unit: "ms", baseline: { name: "read", value: read }, budget: { max: 1000, of: "value", strict: true } },
	];
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
