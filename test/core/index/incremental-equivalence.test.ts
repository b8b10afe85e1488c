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

	describe("edits that move nothing are patched into the previous snapshot", () => {
		const entry = notes.find((n) => n.kind === "entry" && /^summary_en: /m.test(n.text) && /^repo: /m.test(n.text) && /^links:$/m.test(n.text))!;
		const badLink = (t: string): string => t.replace(/^links:$/m, 'links:\n  - { label: bad, url: "javascript:alert(1)" }');
		const edits: [string, (text: string) => string][] = [
			["a new summary", (t) => t.replace(/^summary_en: .*$/m, 'summary_en: "rewritten summary"')],
			["one more tag", (t) => t.replace(/^tags: (.*)$/m, "tags: $1, extra/tag")],
			["one more dated source", (t) => `${t}\n- 2026-11-27 09:30 [added today](https://example.org/new)\n`],
			["starred", (t) => t.replace(/^name: /m, "starred: true\nname: ")],
			["a link that is not a web link (a warning appears)", badLink],
			["two bad links instead of one (warnings change)", (t) => badLink(badLink(t))],
			["a repo that is not a web link (a warning appears)", (t) => t.replace(/^repo: .*$/m, "repo: javascript:alert(1)")],
			["a new name (the entry moves)", (t) => t.replace(/^name: .*$/m, 'name: "AAA first now"')],
			["a new stage (the entry changes group)", (t) => t.replace(/^tags: (.*)$/m, "tags: framework/rl")],
		];

		it.each(edits)("%s: the index equals a rebuild, and the earlier snapshot is unchanged", (_what, edit) => {
			const current = new Map(notes.map((n) => [n.path, n.text]));
			if (_what.startsWith("two")) current.set(entry.path, badLink(entry.text));
			const index = buildIndex(current);
			const earlier = index.snapshot();
			const earlierJson = JSON.stringify(earlier);
			const text = edit(entry.text);
			expect(text).not.toBe(current.get(entry.path));
			expect(index.upsert(entry.path, text)).toBe(true);
			current.set(entry.path, text);
			expect(index.snapshot()).toEqual(buildIndex(current).snapshot());
			expect(JSON.stringify(earlier)).toBe(earlierJson);
		});

		it("a warning that appears, changes and goes away is listed, swapped and dropped", () => {
			const index = buildIndex(notes.map((n) => [n.path, n.text]));
			const own = () => index.snapshot().warnings.filter((w) => w.path === entry.path && w.code === "unsafe-url").length;
			expect(own()).toBe(0);
			index.upsert(entry.path, badLink(entry.text));
			expect(own()).toBe(1);
			index.upsert(entry.path, badLink(badLink(entry.text)));
			expect(own()).toBe(2);
			index.upsert(entry.path, entry.text);
			expect(own()).toBe(0);
			expect(index.snapshot()).toEqual(buildIndex(notes.map((n) => [n.path, n.text])).snapshot());
		});

		it("a summary edit shares every other stage's list with the previous snapshot", () => {
			const index = buildIndex(notes.map((n) => [n.path, n.text]));
			const earlier = index.snapshot();
			const stage = index.entry(entry.path)!.stage;
			index.upsert(entry.path, edits[0]![1](entry.text));
			const later = index.snapshot();
			expect(later).not.toBe(earlier);
			for (const [i, group] of later.stages.entries()) {
				if (group.stage.id === stage) expect(group).not.toBe(earlier.stages[i]);
				else expect(group).toBe(earlier.stages[i]);
			}
			expect(later.stages.flatMap((g) => g.entries).find((p) => p.entry.path === entry.path)!.entry.summaryEn).toBe("rewritten summary");
		});
	});
});
