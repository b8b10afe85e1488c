import type { AtlasIndex } from "../../../src/core/index/atlas-index";
import { buildIndex, createIndex } from "../../../src/core/index/build-index";
import { fixtureNotes } from "../../support/note-fixtures";

/** mulberry32: a tiny seeded generator, so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Texts: entries, derivatives, cycles, duplicates, problems, plain notes and non-entries from the real fixtures.
const TEXTS = [...fixtureNotes("index"), ...fixtureNotes("index-dupes"), ...fixtureNotes("tags"), ...fixtureNotes("malformed"), ...fixtureNotes("fields")]
	.filter(([path]) => !path.includes("alias-bomb"))
	.map(([, text]) => text);
// Paths whose basenames are the names other notes point at, so renames make and break parents.
const PATHS = ["veRL.md", "OpenRLHF.md", "EasyR1.md", "CycleA.md", "CycleB.md", "a/veRL.md", "b/OpenRLHF.md", "Nowhere.md", "x.md", "中文/智谱.md", "Self.md", "deep/er/EasyR1.md"];

type Op = { kind: "upsert"; path: string; text: string } | { kind: "remove"; path: string } | { kind: "rename"; from: string; to: string };

function pick<T>(next: () => number, list: readonly T[]): T {
	return list[Math.floor(next() * list.length)]!;
}

function operation(next: () => number, notes: Map<string, string>): Op {
	const roll = next();
	const existing = [...notes.keys()];
	if (roll < 0.5 || existing.length === 0) return { kind: "upsert", path: pick(next, PATHS), text: pick(next, TEXTS) };
	if (roll < 0.7) return { kind: "remove", path: next() < 0.8 ? pick(next, existing) : pick(next, PATHS) };
	// A vault rename never lands on an existing file.
	const free = PATHS.filter((p) => !notes.has(p));
	if (free.length === 0) return { kind: "remove", path: pick(next, existing) };
	return { kind: "rename", from: pick(next, existing), to: pick(next, free) };
}

function apply(op: Op, index: AtlasIndex, notes: Map<string, string>): void {
	if (op.kind === "upsert") {
		index.upsert(op.path, op.text);
		notes.set(op.path, op.text);
	} else if (op.kind === "remove") {
		index.remove(op.path);
		notes.delete(op.path);
	} else {
		index.rename(op.from, op.to);
		notes.set(op.to, notes.get(op.from)!);
		notes.delete(op.from);
	}
}

describe("incremental index equals a rebuild", () => {
	it("after 100 seeded random sequences of upsert, remove and rename", () => {
		for (let seed = 1; seed <= 100; seed++) {
			const next = random(seed);
			const index = createIndex();
			// A subscriber forces a snapshot after every change, exercising the cache invalidation too.
			let heard = 0;
			index.subscribe(() => heard++);
			const notes = new Map<string, string>();
			const ops: Op[] = [];
			const length = 5 + Math.floor(next() * 60);
			for (let i = 0; i < length; i++) {
				const op = operation(next, notes);
				ops.push(op);
				apply(op, index, notes);
				if (i % 7 === 0) {
					const rebuilt = buildIndex(notes).snapshot();
					if (JSON.stringify(index.snapshot()) !== JSON.stringify(rebuilt)) {
						throw new Error(`seed ${seed} diverged after ${JSON.stringify(ops.map((o) => ({ ...o, text: undefined })))}`);
					}
				}
			}
			expect({ seed, snapshot: index.snapshot() }).toEqual({ seed, snapshot: buildIndex(notes).snapshot() });
			expect(new Set(index.paths())).toEqual(new Set(buildIndex(notes).paths()));
			expect(heard).toBeGreaterThan(0);
		}
	});

	it("the fixture pool exercises entries, problems and plain notes", () => {
		const index = buildIndex(TEXTS.map((text, i) => [`n${i}.md`, text] as [string, string]));
		const snapshot = index.snapshot();
		expect(snapshot.entryCount).toBeGreaterThan(20);
		expect(snapshot.problems.length).toBeGreaterThan(3);
		expect(index.paths().length).toBeLessThan(TEXTS.length);
	});
});
