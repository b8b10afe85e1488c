import { execFileSync } from "node:child_process";
import { buildIndex } from "../../src/core/index/build-index";
import type { AtlasIndex } from "../../src/core/index/atlas-index";
import { facetsOf } from "../../src/core/query/entry-facets";
import { parseQuery } from "../../src/core/query/parse-query";
import { runQuery } from "../../src/core/query/run-query";
import { comparisonMatrix } from "../../src/core/views/comparison-matrix";
import { readingTimeline } from "../../src/core/views/reading-timeline";
import { timelineChart } from "../../src/core/views/timeline-chart";
import { timeSync } from "../measure";
import type { Measurement } from "../results";
import { SeededRandom } from "../seeded-random";
import { generateVault } from "../vault-generator";
import * as words from "../vault-words";

const ENTRIES = 2_000;
const BODY_CHARS = 2_048;
/** Planted in 1% of the bodies each, never in names, summaries or tags. */
const RARE_WORD = "zebrafish";
const RARE_PHRASE = "支持GRPO";

/**
 * 2,000 entries of the generated vault, each body filled up to about 2 KB of mixed English and
 * Chinese prose. `fenced` puts the very same filler inside a ``` block instead, which search does
 * not keep: the note texts are equally long, so the heap difference is what body search keeps.
 */
export function fullTextNotes(seed: number, fenced = false): [string, string][] {
	const random = new SeededRandom(seed);
	return generateVault({ notes: ENTRIES, entries: ENTRIES, seed }).map((note, i) => {
		let filler = "";
		while (filler.length < BODY_CHARS) filler += (random.chance(0.5) ? sentence(random, words.ZH_PHRASES, "，", 5) + "。" : sentence(random, words.EN_WORDS, " ", 16) + ". ") + (random.chance(0.2) ? "\n\n" : "");
		if (i % 100 === 7) filler += ` ${RARE_WORD} appears here.`;
		if (i % 100 === 42) filler += ` 这个框架${RARE_PHRASE}。`;
		return [note.path, `${note.text}\n${fenced ? `\`\`\`text\n${filler}\n\`\`\`` : filler}\n`];
	});
}

function sentence(random: SeededRandom, list: readonly string[], separator: string, count: number): string {
	let text = random.pick(list);
	for (let i = 1; i < count; i++) text += separator + random.pick(list);
	return text;
}

function query(index: AtlasIndex, text: string) {
	const parsed = parseQuery(text, index.parseOptions().vocabulary);
	if (!parsed.ok) throw new Error(`benchmark query does not parse: ${text}`);
	return parsed.query;
}

/** (5) Body search, the comparison matrix and the timeline over 2,000 entries with ~2 KB bodies. */
export function measureFullText(seed: number, runs: number): Measurement[] {
	const index = buildIndex(fullTextNotes(seed));
	const snapshot = index.snapshot();
	const entries = index.entries();
	const bodyChars = entries.reduce((n, e) => n + e.body.length, 0);
	const group = `5 full text, matrix, timeline (${entries.length} entries, ${Math.round(bodyChars / entries.length)} body chars each)`;
	const floor = timeSync(() => entries.filter((e) => e.name.length > 0).length, { warmup: 20, runs });
	const baseline = { name: "visit every entry", value: floor.median };
	const out: Measurement[] = [{ group, name: "visit every entry (floor)", value: floor.median, unit: "ms" }];
	// The first query folds every body once (facets are cached per entry): measured on its own.
	const first = timeSync(() => runQuery(query(index, `body:${RARE_WORD}`), snapshot), { warmup: 0, runs: 1 });
	out.push({ group, name: "first body query (folds every body once)", value: first.median, unit: "ms", note: "once per index load" });
	for (const text of [`body:${RARE_WORD}`, RARE_WORD, RARE_PHRASE, "rollout", "-body:kernel"]) {
		const q = query(index, text);
		const run = timeSync(() => runQuery(q, snapshot), { warmup: 20, runs });
		out.push({ group, name: `run "${text}" (${runQuery(q, snapshot).total} match)`, value: run.median, min: run.min, unit: "ms", baseline, budget: { max: 2, of: "value", strict: true } });
	}
	const matrix = timeSync(() => comparisonMatrix(entries, { kind: "children", parent: "rl" }), { warmup: 20, runs });
	out.push({ group, name: "matrix columns:#rl over every entry", value: matrix.median, min: matrix.min, unit: "ms", baseline, budget: { max: 2, of: "value", strict: true } });
	const listed = timeSync(() => comparisonMatrix(entries, { kind: "tags", tags: ["grpo", "ppo", "moe", "agent"] }), { warmup: 20, runs });
	out.push({ group, name: "matrix columns:grpo,ppo,moe,agent", value: listed.median, min: listed.min, unit: "ms", baseline, budget: { max: 2, of: "value", strict: true } });
	const stages = snapshot.stages.map((g) => g.stage);
	const sources = entries.reduce((n, e) => n + e.sources.length, 0);
	const timeline = timeSync(() => timelineChart(readingTimeline(entries), stages), { warmup: 20, runs });
	// No budget was set for the timeline: it sorts every source of every entry (8,000 here), reported for comparison.
	out.push({ group, name: `timeline + chart of ${sources} sources`, value: timeline.median, min: timeline.min, unit: "ms", baseline });
	return out;
}

export interface BodyMemoryFigures {
	/** Heap retained by the index over notes whose bodies are prose, and over the same notes fenced. */
	proseBytes: number;
	fencedBytes: number;
	/** What search keeps of bodies (the folded prose), at the size V8 stores it (1 byte per char if all Latin-1, else 2). */
	keptBytes: number;
}

/** In a fresh `node --expose-gc` child: build one index, materialise its search facets, measure the heap it retains. */
export function bodyMemoryChild(seed: number, fenced: boolean): { retained: number; keptBytes: number } {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) throw new Error("run with --expose-gc");
	gc();
	const before = process.memoryUsage().heapUsed;
	const index = buildFresh(seed, fenced);
	// Search facets (the folded bodies) are built on the first query and kept: count them.
	runQuery(query(index, `body:${RARE_WORD}`), index.snapshot());
	gc();
	const retained = process.memoryUsage().heapUsed - before;
	const keptBytes = index.entries().reduce((n, e) => n + v8Bytes(facetsOf(e).body), 0);
	return { retained, keptBytes };
}

// In its own frame, so nothing but the index keeps the generated note texts alive (the index holds them, as in the plugin).
function buildFresh(seed: number, fenced: boolean): AtlasIndex {
	return buildIndex(fullTextNotes(seed, fenced));
}

/** A string's size as V8 stores it: one byte per character when all are Latin-1, else two. */
function v8Bytes(text: string): number {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text.length * 2;
	return text.length;
}

/** Index memory with bodies kept vs the same note texts with the bodies fenced (not kept): growth ≤ 1.5× the body text kept. */
export function measureBodyMemory(script: string, seed: number): Measurement[] {
	const child = (fenced: boolean) => JSON.parse(execFileSync(process.execPath, ["--expose-gc", script, "--body-memory", JSON.stringify({ seed, fenced })], { encoding: "utf8", maxBuffer: 1 << 20 }).trim().split("\n").pop()!) as { retained: number; keptBytes: number };
	const prose = child(false);
	const fenced = child(true);
	const growth = prose.retained - fenced.retained;
	const kept = prose.keptBytes - fenced.keptBytes;
	const MB = 1024 * 1024;
	const group = "5 full text, memory";
	return [
		{ group, name: "body text kept for search (folded prose, V8 bytes)", value: kept / MB, unit: "MB" },
		{ group, name: "index retained, bodies fenced (nothing kept)", value: fenced.retained / MB, unit: "MB" },
		{ group, name: "index retained growth with bodies kept", value: growth / MB, unit: "MB", baseline: { name: "body text kept", value: kept / MB }, budget: { max: 1.5, of: "ratio" }, note: "same note texts, so the difference is what search keeps" },
	];
}
