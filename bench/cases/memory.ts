import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { buildIndex } from "../../src/core/index/build-index";
import { readVaultNotes } from "../../node/vault-files";
import type { Measurement } from "../results";
import { generateVault, writeVault, type VaultSpec } from "../vault-generator";

export interface MemoryFigures {
	/** Heap still used, after a full GC, while the index is alive and the note texts are dropped. */
	retainedMb: number;
	/** Largest heapUsed seen at the sampling points of the build (read, build, snapshot). */
	peakMb: number;
	entryCount: number;
}

const MB = 1024 * 1024;

/** The garbage collector `node --expose-gc` exposes; every memory figure starts from a collected heap. */
export function exposedGc(): () => void {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) throw new Error("run with --expose-gc");
	return gc;
}

/** Runs in a fresh `node --expose-gc` child so each vault size starts from an empty heap. */
export function memoryChild(spec: VaultSpec): MemoryFigures {
	const gc = exposedGc();
	const vault = writeFreshVault(spec);
	gc();
	const before = process.memoryUsage().heapUsed;
	let peak = before;
	const sample = (): void => {
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	};
	let notes: [string, string][] | null = readVaultNotes(vault);
	sample();
	const index = buildIndex(notes);
	sample();
	const entryCount = index.snapshot().entryCount;
	sample();
	notes = null;
	gc();
	const retained = process.memoryUsage().heapUsed - before;
	rmSync(vault, { recursive: true, force: true });
	return { retainedMb: retained / MB, peakMb: (peak - before) / MB, entryCount };
}

// In its own frame, so no interpreter register keeps the generated notes alive past the call.
function writeFreshVault(spec: VaultSpec): string {
	return writeVault(generateVault(spec));
}

function inChild(script: string, spec: VaultSpec): MemoryFigures {
	const out = execFileSync(process.execPath, ["--expose-gc", script, "--memory", JSON.stringify(spec)], { encoding: "utf8", maxBuffer: 1 << 20 });
	return JSON.parse(out.trim().split("\n").pop()!) as MemoryFigures;
}

/** Heap at three vault sizes (should double with the vault) and with alias-bomb entries (should not move). */
export function measureMemory(script: string, seed: number): Measurement[] {
	const group = "memory (heap over an empty process)";
	const sizes = [5_000, 10_000, 20_000].map((notes) => ({ notes, figures: inChild(script, { notes, entries: notes / 5, seed }) }));
	const out: Measurement[] = [];
	sizes.forEach(({ notes, figures }, i) => {
		const previous = sizes[i - 1];
		const baseline = previous ? { name: `retained at ${previous.notes.toLocaleString("en")} notes`, value: previous.figures.retainedMb } : undefined;
		out.push({ group, name: `retained, ${notes.toLocaleString("en")} notes (${figures.entryCount} entries)`, value: figures.retainedMb, unit: "MB", baseline, budget: baseline ? { max: 2.3, of: "ratio" } : undefined, note: baseline ? "linear: ≈ 2× per doubling" : undefined });
		out.push({ group, name: `peak during build, ${notes.toLocaleString("en")} notes`, value: figures.peakMb, unit: "MB" });
	});
	const plain = sizes[1]!.figures;
	const bombs = inChild(script, { notes: 10_000, entries: 2_000, seed, aliasBombs: 200 });
	out.push({
		group,
		name: "retained, 10,000 notes + 200 alias bombs (57 aliases, 57M nodes each if expanded)",
		value: bombs.retainedMb,
		unit: "MB",
		baseline: { name: "retained, 10,000 notes", value: plain.retainedMb },
		budget: { max: 1.1, of: "ratio" },
	});
	out.push({ group, name: "peak during build, with alias bombs", value: bombs.peakMb, unit: "MB", baseline: { name: "peak, 10,000 notes", value: plain.peakMb } });
	return out;
}
