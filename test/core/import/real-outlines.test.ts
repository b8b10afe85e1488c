import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex } from "../../../src/core/index/build-index";
import type { ImportPlan } from "../../../src/core/import/import-plan";
import { planImport } from "../../../src/core/import/plan-import";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { expectLossless, frontmatterOf } from "../../support/import-checks";

/** What a fixture must import into, written by reading the outline (see test/fixtures/outlines/real/README.md). */
interface Expected {
	stageLevel: number | null;
	stages: { heading: string; mapping: "existing" | "new" | "uncategorized"; stage?: string; categories: string[] }[];
	entries: { name: string; repo: string | null; stage: string; tags: string[] }[];
	notEntries: string[];
}

const OUTLINES = join(__dirname, "..", "..", "fixtures", "outlines");
const FIXTURES = [
	"llm-frameworks-outline",
	"real/open-source-frameworks-zh",
	"real/awesome-chinese-llm",
	"real/awesome-llm",
	"real/awesome-rlhf",
	"real/llm-awesome-headingless",
	"real/llm-inference-zh",
];

const importOf = (text: string): ImportPlan =>
	planImport(text, { vocabulary: new StageVocabulary(), folder: "Frameworks", preambleName: "Outline intro", exists: () => false, newStages: true });

describe.each(FIXTURES)("%s", (fixture) => {
	const text = readFileSync(join(OUTLINES, `${fixture}.md`), "utf8");
	const expected = JSON.parse(readFileSync(join(OUTLINES, `${fixture}.expected.json`), "utf8")) as Expected;
	const plan = importOf(text);
	const entries = plan.notes.filter((n) => n.kind === "entry");
	const stageTitle = new Map(plan.structure.stages.flatMap((s) => s.entries.map((e) => [e.path, s.title] as const)));

	it("detects the stage level and maps each stage heading", () => {
		expect(plan.structure.stageLevel).toBe(expected.stageLevel);
		expect(
			plan.structure.stages.map((s) => ({
				heading: s.title,
				mapping: s.mapping.kind,
				...(s.mapping.kind === "existing" ? { stage: s.mapping.stage } : {}),
				categories: s.categories.map((c) => `${c.name}=${c.entries}`),
			})),
		).toEqual(expected.stages);
	});

	it("makes every framework item an entry with a clean name, its repo, stage and category tags", () => {
		expect(
			entries.map((n) => {
				const fields = frontmatterOf(n);
				return { name: n.name, repo: fields.repo ?? null, stage: stageTitle.get(n.path), tags: (fields.tags as string[]).slice(1) };
			}),
		).toEqual(expected.entries);
	});

	it("makes nothing else an entry: categories, boilerplate, fields and plain notes stay text", () => {
		const names = new Set(entries.map((n) => n.name));
		for (const name of expected.notEntries) expect(names.has(name)).toBe(false);
	});

	it("keeps names and file names clean and short", () => {
		for (const note of plan.notes) {
			expect(note.name).not.toMatch(/!\[|\]\(|<\/?[a-z][^>]*>|^\d+(?:\.\d+)*[.)]?\s|[:：]$/i);
			const file = note.path.slice(note.path.lastIndexOf("/") + 1, -".md".length);
			expect([...file].length).toBeLessThanOrEqual(80);
		}
	});

	it("carries every line verbatim into exactly one note", () => {
		expectLossless(text, plan);
	});

	it("reads back as an index with one entry per framework: no duplicate-name or duplicate-repo warnings", () => {
		const stages = [...new StageVocabulary().stages.slice(0, -1), ...plan.structure.newStages, new StageVocabulary().stages.at(-1)!];
		const index = buildIndex(plan.notes.map((n) => [n.path, n.text]), { stages }).snapshot();
		expect(index.entryCount).toBe(expected.entries.length);
		expect(index.problems).toEqual([]);
		expect(index.warnings.filter((w) => /duplicate/i.test(w.code))).toEqual([]);
	});
});
