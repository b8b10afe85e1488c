/**
 * Structural edits applied one at a time to a live index must leave it equal to a rebuild of the
 * same notes. Starting from the real index fixtures (cycles, a self-parent, an orphan, derivatives
 * across stages, duplicate repos), each step changes one note's name, stage, `based_on` or repo,
 * renames its file, adds an entry, removes one, or turns a note into a problem and back. The pools
 * are small on purpose so that names collide (duplicates, case and width variants), `based_on`
 * forms and breaks cycles and points at missing, renamed and re-added entries, and stages move to
 * ones the vocabulary does not know. The index is compared with a rebuild after steps chosen by the
 * generator, so both "a snapshot after every edit" and "several edits, then a snapshot" are covered.
 */
import fc from "fast-check";
import type { AtlasIndex } from "../../src/core/index/atlas-index";
import type { IndexSnapshot } from "../../src/core/index/index-snapshot";
import { buildIndex } from "../../src/core/index/build-index";
import { withField } from "../support/frontmatter-field";
import { fixtureNotes, fixtureText } from "../support/note-fixtures";
import { PROPERTY_TIMEOUT, runs } from "./support/runs";

jest.setTimeout(PROPERTY_TIMEOUT);

const VAULT = [...fixtureNotes("index"), ...fixtureNotes("index-parents"), ...fixtureNotes("index-dupes")];
const PROBLEMS = ["index/broken.md", "malformed/invalid-yaml.md", "malformed/not-mapping.md", "malformed/unclosed.md"].map(fixtureText);

const NAMES = ["veRL", "VERL", "Ｖｅｒｌ", "OpenRLHF", "EasyR1", "CycleA", "CycleB", "智谱", "Qwen2", "Qwen10", "veRL Serving"];
const PARENTS = [...NAMES.map((n) => `"[[${n}]]"`), "veRL", "CycleA", '"[[index/EasyR1]]"', '"[[Moved/veRL.md|the parent]]"', "Self", "Nowhere", '"[[]]"'];
const STAGES = ["rl", "deploy", "finetune", "RLHF", "强化学习", "ＲＬ", "quantum annealing", "uncategorized"];
const REPOS = ["https://github.com/volcengine/verl", "http://github.com/VolcEngine/verl/", "https://github.com/OpenRLHF/OpenRLHF", "javascript:alert(1)"];
// Basenames other notes' `based_on` names, so a rename makes and breaks parents.
const PATHS = ["Moved/veRL.md", "veRL.md", "EasyR1.md", "CycleA.md", "Self.md", "深/智谱.md", "Nowhere.md", "index/veRL.md", "x/OpenRLHF.md"];

type Field = "name" | "stage" | "based_on" | "repo";

type Step =
	| { kind: "field"; at: number; field: Field; value: string | null }
	| { kind: "rename"; at: number; to: string }
	| { kind: "add"; path: string; from: number; name: string }
	| { kind: "remove"; at: number }
	| { kind: "problem"; at: number; text: string }
	| { kind: "restore"; at: number; from: number };

const optional = (values: readonly string[]): fc.Arbitrary<string | null> => fc.option(fc.constantFrom(...values), { freq: 5 });

const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("field" as const), at: fc.nat(), field: fc.constant("name" as const), value: optional(NAMES) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("field" as const), at: fc.nat(), field: fc.constant("stage" as const), value: optional(STAGES) }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant("field" as const), at: fc.nat(), field: fc.constant("based_on" as const), value: optional(PARENTS) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("field" as const), at: fc.nat(), field: fc.constant("repo" as const), value: optional(REPOS) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("rename" as const), at: fc.nat(), to: fc.constantFrom(...PATHS) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("add" as const), path: fc.constantFrom(...PATHS), from: fc.nat(), name: fc.constantFrom(...NAMES) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("problem" as const), at: fc.nat(), text: fc.constantFrom(...PROBLEMS) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("restore" as const), at: fc.nat(), from: fc.nat() }) },
);

/** Applies one step to the index and to the plain map of notes it must agree with. */
function apply(step: Step, index: AtlasIndex, notes: Map<string, string>): void {
	const paths = [...notes.keys()];
	const path = paths.length === 0 ? undefined : paths[("at" in step ? step.at : 0) % paths.length]!;
	const write = (at: string, text: string): void => {
		notes.set(at, text);
		index.upsert(at, text);
	};
	if (step.kind === "add") {
		// A copy of a fixture under a new name: a new entry, or a duplicate of one already there.
		if (!notes.has(step.path)) write(step.path, withField(VAULT[step.from % VAULT.length]![1], "name", JSON.stringify(step.name)));
		return;
	}
	if (path === undefined) return;
	if (step.kind === "field") write(path, withField(notes.get(path)!, step.field, step.value === null || step.field !== "name" ? step.value : JSON.stringify(step.value)));
	else if (step.kind === "problem") write(path, step.text);
	else if (step.kind === "restore") write(path, VAULT[step.from % VAULT.length]![1]);
	else if (step.kind === "remove") {
		notes.delete(path);
		index.remove(path);
	} else if (!notes.has(step.to)) {
		// A vault rename never lands on an existing file.
		notes.set(step.to, notes.get(path)!);
		notes.delete(path);
		index.rename(path, step.to);
	}
}

/** Entries left at top level although their parent is in the same stage: those on a `based_on` cycle. */
function onCycles(snapshot: IndexSnapshot): string {
	return snapshot.stages
		.flatMap((group) => {
			const paths = new Set(group.entries.map((p) => p.entry.path));
			return group.entries.filter((p) => p.depth === 0 && p.parentPath !== null && paths.has(p.parentPath)).map((p) => p.entry.path);
		})
		.sort()
		.join("\n");
}

describe("structural edits to a live index", () => {
	it("equal a rebuild after every checked step, for any sequence of name, stage, based_on, repo, rename, add, remove and problem edits", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(step, fc.boolean()), { minLength: 1, maxLength: 30 }), fc.boolean(), (steps, listening) => {
				const notes = new Map(VAULT);
				const index = buildIndex(notes);
				// A listener asks for a snapshot on every change; without one, edits pile up between snapshots.
				if (listening) index.subscribe(() => undefined);
				index.snapshot();
				for (const [edit, check] of steps) {
					apply(edit, index, notes);
					if (check) expect(index.snapshot()).toEqual(buildIndex(notes).snapshot());
				}
				expect(index.snapshot()).toEqual(buildIndex(notes).snapshot());
			}),
			runs(150),
		);
	});

	it("the generated steps reach what they are meant to: warnings gained and lost, derivatives moved with their parent, problems", () => {
		const gained = new Set<string>();
		const lost = new Set<string>();
		let movedAlong = 0;
		let cyclesChanged = 0;
		for (const steps of fc.sample(fc.array(step, { minLength: 1, maxLength: 30 }), { numRuns: 100, seed: 19 })) {
			const notes = new Map(VAULT);
			const index = buildIndex(notes);
			let before = index.snapshot();
			for (const edit of steps) {
				const edited = [...notes.keys()][("at" in edit ? edit.at : 0) % notes.size];
				apply(edit, index, notes);
				const after = index.snapshot();
				const listed = (snapshot: IndexSnapshot): Set<string> => new Set([...snapshot.warnings, ...snapshot.problems].map((d) => `${d.code} ${d.path}`));
				const [was, is] = [listed(before), listed(after)];
				for (const item of is) if (!was.has(item)) gained.add(item.split(" ")[0]!);
				for (const item of was) if (!is.has(item)) lost.add(item.split(" ")[0]!);
				// An entry that was not edited changed depth: a parent's edit moved its derivatives.
				const depths = new Map(before.stages.flatMap((g) => g.entries).map((p) => [p.entry.path, p.depth]));
				if (after.stages.some((g) => g.entries.some((p) => p.entry.path !== edited && depths.has(p.entry.path) && depths.get(p.entry.path) !== p.depth))) movedAlong++;
				if (onCycles(before) !== onCycles(after)) cyclesChanged++;
				before = after;
			}
		}
		for (const code of ["unknown-stage", "duplicate-name", "duplicate-repo", "unresolved-parent", "yaml-invalid"]) {
			expect([code, gained.has(code), lost.has(code)]).toEqual([code, true, true]);
		}
		expect(movedAlong).toBeGreaterThan(20);
		expect(cyclesChanged).toBeGreaterThan(20);
	});
});
