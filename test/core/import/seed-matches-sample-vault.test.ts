import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex } from "../../../src/core/index/build-index";
import type { IndexSnapshot } from "../../../src/core/index/index-snapshot";
import { planImport } from "../../../src/core/import/plan-import";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { readVaultNotes } from "../../../node/vault-files";

const ROOT = join(__dirname, "..", "..", "..");

/** What the issue asks to be equal: per entry name, stage, star, parent, repo and sources, plus placement. */
function comparable(snapshot: IndexSnapshot) {
	return snapshot.stages.map((group) => ({
		stage: group.stage.id,
		entries: group.entries.map(({ entry, depth }) => ({
			path: entry.path,
			name: entry.name,
			stage: entry.stage,
			starred: entry.starred,
			basedOn: entry.basedOn,
			repo: entry.repo,
			sources: entry.sources,
			depth,
		})),
	}));
}

describe("importing the seed outline", () => {
	const outline = readFileSync(join(ROOT, "test", "fixtures", "outlines", "llm-frameworks-outline.md"), "utf8");
	const plan = planImport(outline, { vocabulary: new StageVocabulary(), folder: "Frameworks", preambleName: "Outline", exists: () => false });
	const imported = buildIndex(plan.notes.map((n) => [n.path, n.text])).snapshot();
	const sample = buildIndex(readVaultNotes(join(ROOT, "sample-vault"))).snapshot();

	it("yields the same index as the bundled sample vault", () => {
		expect(sample.entryCount).toBe(21);
		expect(imported.entryCount).toBe(sample.entryCount);
		expect(comparable(imported)).toEqual(comparable(sample));
	});

	it("reads without problems, and the learning items keep their dated sources", () => {
		expect(imported.problems).toEqual([]);
		expect(imported.warnings).toEqual([]);
		const learning = imported.stages.find((g) => g.stage.id === "learning")!;
		const sourceCounts = Object.fromEntries(learning.entries.map((p) => [p.entry.name.slice(0, 4), p.entry.sources.length]));
		expect(sourceCounts).toEqual({ 机器学习: 1, "盘一盘，": 1, 信息过载: 1, 新鲜出炉: 0 });
		const overload = learning.entries.find((p) => p.entry.name.startsWith("信息过载"))!;
		expect(overload.entry.sources[0]).toEqual({
			date: "2025-06-19T19:47:17",
			title: "信息过载时代，如何真正「懂」LLM？从MIT分享的50个面试题开始",
			url: "https://mp.weixin.qq.com/s/u7aIm6jP1Nblfjr2NvakLw",
		});
	});
});
