/** @jest-environment jsdom */
import fc from "fast-check";
import { mount, section } from "./dashboard-harness";

// A long stage's cards sit in grid boxes of 40 (Chromium then re-lays out one box, not the stage, when a
// card takes its drawn height). Edits move cards across box boundaries; the reader must still see one
// list in index order, with untouched cards keeping their DOM nodes.

const STAGES = ["rl", "deploy"] as const;

function note(i: number, stage: string, name = `Framework ${String(i).padStart(3, "0")}`): [string, string] {
	return [`Big/f${i}.md`, `---\ntags: [framework]\nstage: ${stage}\nname: ${name}\n---\n`];
}

function notes(count: number): [string, string][] {
	return Array.from({ length: count }, (_, i) => note(i, STAGES[i % 7 === 0 ? 1 : 0]));
}

/** The section's boxes, each as the paths of its cards in DOM order. */
function boxes(root: HTMLElement, stage: string): string[][] {
	const list = section(root, stage).querySelector(".atlas-stage-cards")!;
	return [...list.children].map((box) => [...box.querySelectorAll<HTMLElement>(".atlas-card")].map((c) => c.dataset.path!));
}

function expectLaidOut(mounted: ReturnType<typeof mount>, stage: string): void {
	const group = mounted.index.snapshot().stages.find((g) => g.stage.id === stage)!;
	const drawn = boxes(mounted.root, stage);
	expect(drawn.flat()).toEqual(group.entries.map((placed) => placed.entry.path));
	// Full boxes of 40 and one partial last box; never an empty box.
	drawn.forEach((box, i) => expect(box.length).toBe(i < drawn.length - 1 ? 40 : ((group.entries.length - 1) % 40) + 1));
	for (const box of section(mounted.root, stage).querySelectorAll(".atlas-card-grid")) expect(box.getAttribute("role")).toBe("none");
}

describe("a long stage's cards in grid boxes of 40", () => {
	it("draws 130 cards as boxes of 40, 40, 40 and 10, in index order", () => {
		const mounted = mount(Array.from({ length: 130 }, (_, i) => note(i, "rl")), { chunkSize: 500 });
		expect(boxes(mounted.root, "rl").map((b) => b.length)).toEqual([40, 40, 40, 10]);
		expectLaidOut(mounted, "rl");
	});

	it("an entry added at the top shifts one card into each next box; every other card keeps its node", () => {
		const mounted = mount(notes(120), { chunkSize: 500 });
		const before = new Map([...mounted.root.querySelectorAll<HTMLElement>(".atlas-card")].map((c) => [c.dataset.path!, c]));
		mounted.index.upsert("Big/first.md", "---\ntags: [framework]\nstage: rl\nname: AAA first\n---\n");
		expectLaidOut(mounted, "rl");
		expect(boxes(mounted.root, "rl")[0]![0]).toBe("Big/first.md");
		for (const node of mounted.root.querySelectorAll<HTMLElement>(".atlas-card")) if (node.dataset.path !== "Big/first.md") expect(node).toBe(before.get(node.dataset.path!));
		mounted.index.remove("Big/first.md");
		mounted.index.remove("Big/f1.md");
		expectLaidOut(mounted, "rl");
	});

	it("keeps the focused card focused when it moves to another box", () => {
		const mounted = mount(notes(120), { chunkSize: 500 });
		const path = boxes(mounted.root, "rl")[0]![39]!;
		const focused = mounted.root.querySelector<HTMLElement>(`.atlas-card[data-path="${path}"]`)!;
		focused.focus();
		mounted.index.upsert("Big/first.md", "---\ntags: [framework]\nstage: rl\nname: AAA first\n---\n");
		expect(boxes(mounted.root, "rl")[1]![0]).toBe(path);
		expect(document.activeElement).toBe(focused);
	});

	it("stays in index order through any sequence of adds, removes, renames and stage moves", () => {
		const edit = fc.oneof(
			fc.record({ kind: fc.constant("add" as const), id: fc.integer({ min: 200, max: 260 }), name: fc.string({ minLength: 1, maxLength: 6 }) }),
			fc.record({ kind: fc.constant("remove" as const), id: fc.integer({ min: 0, max: 119 }) }),
			fc.record({ kind: fc.constant("rename" as const), id: fc.integer({ min: 0, max: 119 }), name: fc.string({ minLength: 1, maxLength: 6 }) }),
			fc.record({ kind: fc.constant("move" as const), id: fc.integer({ min: 0, max: 119 }), stage: fc.constantFrom(...STAGES) }),
		);
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
				const mounted = mount(notes(120), { chunkSize: 500 });
				for (const step of edits) {
					if (step.kind === "remove") mounted.index.remove(`Big/f${step.id}.md`);
					else if (step.kind === "move") mounted.index.upsert(...note(step.id, step.stage));
					else mounted.index.upsert(...note(step.id, "rl", JSON.stringify(`${step.name} ${step.id}`)));
					for (const stage of STAGES) expectLaidOut(mounted, stage);
				}
				mounted.unsubscribe();
			}),
			{ numRuns: 60 },
		);
	});
});
