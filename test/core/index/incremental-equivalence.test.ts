import { buildIndex } from "../../../src/core/index/build-index";
import { SeededRandom } from "../../../bench/seeded-random";
import { generateVault } from "../../../bench/vault-generator";

/**
 * The index keeps its display order and comparison keys between snapshots; after any sequence
 * of changes its snapshot must still equal the one a fresh rebuild gives.
 */
describe("incremental index equals a fresh rebuild", () => {
	const notes = generateVault({ notes: 300, entries: 120, seed: 11 });
	const texts = notes.map((n) => n.text);

	it.each([1, 2, 3])("after 300 random upserts, renames and removals (seed %i)", (seed) => {
		const random = new SeededRandom(seed);
		const current = new Map(notes.map((n) => [n.path, n.text]));
		const index = buildIndex(current);
		let renamed = 0;
		for (let step = 0; step < 300; step++) {
			const paths = [...current.keys()];
			const path = random.pick(paths);
			const action = random.int(0, 9);
			if (action < 5) {
				// Another note's text under this path: names, stages, parents and duplicates all move.
				const text = random.chance(0.5) ? random.pick(texts) : current.get(path)!.replace(/^name: .*$/m, `name: "${random.pick(["veRL", "Alpha", "阿尔法", "alpha", "Zeta"])}"`);
				current.set(path, text);
				index.upsert(path, text);
			} else if (action < 7) {
				const target = `Moved/${renamed++}-${random.pick(["veRL", "alpha", "Beta"])}.md`;
				current.set(target, current.get(path)!);
				current.delete(path);
				index.rename(path, target);
			} else if (action < 9) {
				current.delete(path);
				index.remove(path);
			} else {
				const added = `New/${step}.md`;
				current.set(added, random.pick(texts));
				index.upsert(added, current.get(added)!);
			}
			if (step % 25 === 0) expect(index.snapshot()).toEqual(buildIndex(current).snapshot());
		}
		expect(index.snapshot()).toEqual(buildIndex(current).snapshot());
		expect(index.snapshot().entryCount).toBeGreaterThan(0);
	});

	it("a listener sees the same snapshot a rebuild gives, on every change", () => {
		const current = new Map(notes.map((n) => [n.path, n.text]));
		const index = buildIndex(current);
		const seen: unknown[] = [];
		index.subscribe((_change, snapshot) => seen.push(snapshot));
		const [first, second] = notes.filter((n) => n.kind === "entry");
		index.upsert(first!.path, second!.text);
		current.set(first!.path, second!.text);
		expect(seen[0]).toEqual(buildIndex(current).snapshot());
		index.remove(second!.path);
		current.delete(second!.path);
		expect(seen[1]).toEqual(buildIndex(current).snapshot());
	});
});
