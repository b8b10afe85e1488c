/**
 * The incremental index after any generated sequence of upserts, renames and removals equals a
 * fresh rebuild of the same notes (the seeded storms in test/core/index, generalised: fast-check
 * picks the sequence and shrinks a failure to the shortest one).
 */
import fc from "fast-check";
import { generateVault } from "../../bench/vault-generator";
import { buildIndex } from "../../src/core/index/build-index";
import { PROPERTY_TIMEOUT, runs } from "./support/runs";
import { generatedNote } from "./support/note-arbitraries";

jest.setTimeout(PROPERTY_TIMEOUT);

const vault = generateVault({ notes: 24, entries: 14, seed: 5 });
const texts = vault.map((n) => n.text);
const NAMES = ["veRL", "Alpha", "阿尔法", "alpha", "Ｖｅｒｌ", "Zeta"];
const FOLDERS = ["", "Moved/", "Frameworks/", "深/"];

type Action =
	| { kind: "upsert"; at: number; text: string }
	| { kind: "rename"; at: number; to: string }
	| { kind: "remove"; at: number }
	| { kind: "add"; path: string; text: string };

const text = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...texts) },
	{ weight: 2, arbitrary: fc.tuple(fc.constantFrom(...texts), fc.constantFrom(...NAMES)).map(([t, n]) => t.replace(/^name: .*$/m, `name: "${n}"`)) },
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom(...texts), fc.constantFrom(...NAMES)).map(([t, n]) => t.replace(/^tags: (.*)$/m, `tags: $1\nbased_on: "[[${n}]]"`)) },
	{ weight: 1, arbitrary: generatedNote },
);
const fileName = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES, "x", "Index"), fc.nat(20)).map(([f, n, i]) => `${f}${n}-${i}.md`);

const action: fc.Arbitrary<Action> = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ kind: fc.constant("upsert" as const), at: fc.nat(), text }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), to: fileName }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("add" as const), path: fileName, text }) },
);

describe("incremental index", () => {
	it("equals a rebuild after any sequence of upserts, renames and removals", () => {
		fc.assert(
			fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
				const current = new Map(vault.map((n) => [n.path, n.text]));
				const index = buildIndex(current);
				// Without a first snapshot there is nothing to keep up to date: every edit would wait for a full one.
				index.snapshot();
				for (const step of actions) {
					const paths = [...current.keys()];
					const path = paths.length === 0 ? undefined : paths[("at" in step ? step.at : 0) % paths.length]!;
					if (step.kind === "add") {
						current.set(step.path, step.text);
						index.upsert(step.path, step.text);
					} else if (path === undefined) continue;
					else if (step.kind === "upsert") {
						current.set(path, step.text);
						index.upsert(path, step.text);
					} else if (step.kind === "rename") {
						if (current.has(step.to) || step.to === path) continue;
						current.set(step.to, current.get(path)!);
						current.delete(path);
						index.rename(path, step.to);
					} else {
						current.delete(path);
						index.remove(path);
					}
				}
				expect(index.snapshot()).toEqual(buildIndex(current).snapshot());
			}),
			runs(50),
		);
	});
});
