import { comparisonMatrix } from "../../../src/core/views/comparison-matrix";
import { buildIndex } from "../../../src/core/index/build-index";
import { sampleIndex } from "../../support/sample-index";
import { parsed, run, viewsFixtureIndex } from "../../support/views-fixtures";

const ticks = (matrix: ReturnType<typeof comparisonMatrix>) => Object.fromEntries(matrix.rows.map((r) => [r.entry.name, r.cells]));

describe("the RL matrix of the sample vault", () => {
	const index = sampleIndex();

	it("columns:#rl gives one column per tag under rl, TRL ticked for grpo, ppo and dpo", () => {
		const query = parsed(index, "#rl columns:#rl");
		expect(query.directives.view).toBe("matrix");
		const matrix = comparisonMatrix(run(index, "#rl columns:#rl").entries, query.directives.columns!);
		expect(matrix.columns).toEqual([
			{ label: "dpo", tag: "rl/dpo" },
			{ label: "grpo", tag: "rl/grpo" },
			{ label: "ppo", tag: "rl/ppo" },
		]);
		expect(ticks(matrix)).toEqual({ TRL: [true, true, true], veRL: [false, true, false], EasyR1: [false, true, false], TinyZero: [false, false, true] });
		expect(matrix.counts).toEqual([1, 3, 2]);
	});

	it("columns:grpo,ppo,dpo keeps the listed order and counts the tags nested under rl", () => {
		const query = parsed(index, "stage:rl view:matrix columns:grpo,ppo,dpo sort:name limit:4");
		const result = run(index, "stage:rl view:matrix columns:grpo,ppo,dpo sort:name limit:4");
		const matrix = comparisonMatrix(result.entries, query.directives.columns!);
		expect(matrix.columns.map((c) => c.label)).toEqual(["grpo", "ppo", "dpo"]);
		expect(matrix.rows).toHaveLength(4);
		expect(matrix.rows.map((r) => r.entry)).toEqual(result.entries);
		expect(matrix.counts).toEqual(matrix.columns.map((_, i) => matrix.rows.filter((r) => r.cells[i]).length));
	});

	it("a Chinese spelling and Chinese commas work too", () => {
		const query = parsed(index, "视图:矩阵 列:grpo，ppo");
		expect(query.directives.columns).toEqual({ kind: "tags", tags: ["grpo", "ppo"] });
	});
});

describe("matrix columns on body tags", () => {
	const index = viewsFixtureIndex();
	it("body tags count, and a deeper tag ticks its column (rl/dpo/offline → dpo)", () => {
		const matrix = comparisonMatrix(index.entries(), { kind: "children", parent: "rl" });
		expect(matrix.columns.map((c) => c.label)).toEqual(["dpo", "grpo", "ppo"]);
		expect(ticks(matrix)).toEqual({ PolicyLab: [true, true, true], ServeFast: [false, false, false] });
	});
	it("a column matches whole segments only: serving is not ticked by serv", () => {
		const matrix = comparisonMatrix(index.entries(), { kind: "tags", tags: ["serv", "serving", "推理"] });
		expect(ticks(matrix).ServeFast).toEqual([false, true, true]);
	});
});

describe("matrix columns and tag case", () => {
	it("columns:#rl matches tags in any case and labels a column as its tag was first written", () => {
		const index = buildIndex([
			["Frameworks/Alpha.md", "---\ntags: [framework, RL/GRPO, Serving/vLLM]\nname: Alpha\n---\nAlpha also does #rl/PPO in its body.\n"],
			["Frameworks/Beta.md", "---\ntags: [framework, rl/grpo/v2, rlhf]\nname: Beta\n---\n"],
		]);
		const matrix = comparisonMatrix(index.entries(), { kind: "children", parent: "rl" });
		expect(matrix.columns).toEqual([
			{ label: "GRPO", tag: "RL/GRPO" },
			{ label: "PPO", tag: "rl/PPO" },
		]);
		expect(ticks(matrix)).toEqual({ Alpha: [true, true], Beta: [true, false] });
	});
});
