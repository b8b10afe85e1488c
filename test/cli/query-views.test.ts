import { displayWidth } from "../../src/core/text/display-width";
import { cli } from "../support/run-cli-capture";
import { VIEWS_FIXTURE_VAULT } from "../support/views-fixtures";

describe("atlas query: full text", () => {
	it('"支持GRPO" on the sample lists TRL and veRL with the sentence around the match', async () => {
		const { code, out } = await cli(["query", "支持GRPO"]);
		expect(code).toBe(0);
		const lines = out.split("\n");
		expect(lines[1]).toBe("  TRL");
		expect(lines[2]).toMatch(/^ {6}….*«支持GRPO»$/);
		expect(lines[3]).toBe("  ★ veRL  https://github.com/volcengine/verl");
		expect(lines[4]).toMatch(/«支持GRPO» sglang小组也在用$/);
	});
	it("--json carries the snippet with its mark offsets", async () => {
		const json = JSON.parse((await cli(["query", "支持GRPO", "--json"])).out) as { entries: { name: string; snippet: { text: string; marks: [number, number][] } }[] };
		expect(json.entries.map((e) => e.name)).toEqual(["TRL", "veRL"]);
		for (const { snippet } of json.entries) {
			const [start, length] = snippet.marks[0]!;
			expect(snippet.text.slice(start, start + length)).toBe("支持GRPO");
		}
	});
	it("a name match shows no snippet", async () => {
		expect((await cli(["query", "TRL"])).out).not.toContain("«");
	});
});

describe("atlas query: matrix", () => {
	it("the sample's RL matrix over #rl, aligned, with a count row", async () => {
		const { out } = await cli(["query", "#rl columns:#rl sort:name"]);
		expect(out).toBe(
			["Name             dpo  grpo  ppo", "EasyR1                ✓", "TinyZero                    ✓", "TRL              ✓    ✓     ✓", "veRL                  ✓", "Entries with it  1    3     2", "", "4 entries", ""].join("\n"),
		);
	});
	it("Chinese names and labels take two columns each, so the ticks still line up", async () => {
		const { out } = await cli(["query", VIEWS_FIXTURE_VAULT, "视图:矩阵 列:rl,部署,serving 排序:名称", "--lang", "zh"]);
		const rows = out.split("\n").slice(0, 4);
		expect(rows[0]).toBe("名称          rl  部署  serving");
		expect(rows[1]).toBe("PolicyLab     ✓");
		expect(rows[2]).toBe("快速部署          ✓     ✓");
		const tickColumn = (row: string) => displayWidth(row.slice(0, row.indexOf("✓")));
		expect(tickColumn(rows[2]!)).toBe(displayWidth("名称          rl  "));
	});
	it("--json adds matrix with columns, counts and rows of cells", async () => {
		const json = JSON.parse((await cli(["query", "#rl columns:#rl sort:name", "--json"])).out) as { matrix: unknown };
		expect(json.matrix).toEqual({
			columns: ["dpo", "grpo", "ppo"],
			counts: [1, 3, 2],
			rows: [
				{ path: "Frameworks/EasyR1.md", name: "EasyR1", cells: [false, true, false] },
				{ path: "Frameworks/TinyZero.md", name: "TinyZero", cells: [false, false, true] },
				{ path: "Frameworks/TRL.md", name: "TRL", cells: [true, true, true] },
				{ path: "Frameworks/veRL.md", name: "veRL", cells: [false, true, false] },
			],
		});
	});
	it("view:matrix without columns: is a usage error with a hint", async () => {
		const { code, err } = await cli(["query", "#rl view:matrix"]);
		expect(code).toBe(2);
		expect(err).toContain("needs columns:");
		expect(err).toContain("columns:#rl");
	});
});

describe("atlas query: timeline", () => {
	it("one line per month, newest first, then its sources with date, entry and title", async () => {
		const { out } = await cli(["query", VIEWS_FIXTURE_VAULT, "view:timeline"]);
		expect(out).toBe(
			[
				"2025-08  1",
				"  2025-08-15 09:00  PolicyLab — A linked title",
				"2025-07  2",
				"  2025-07-20 18:45  ServeFast — Serving notes",
				"  2025-07-01 00:30  PolicyLab — Reading at half past midnight",
				"2025-06  1",
				"  2025-06-30 23:59  PolicyLab — The last minute of June",
				"",
				"2 entries",
				"",
			].join("\n"),
		);
	});
	it("--json adds the timeline in the documented shape", async () => {
		const json = JSON.parse((await cli(["query", VIEWS_FIXTURE_VAULT, "#rl", "--json"])).out) as { timeline?: unknown; matrix?: unknown };
		expect([json.timeline, json.matrix]).toEqual([undefined, undefined]);
		const full = JSON.parse((await cli(["query", VIEWS_FIXTURE_VAULT, "视图:时间线", "--json"])).out) as { timeline: { month: string; count: number; sources: object[] }[] };
		expect(full.timeline[1]).toEqual({
			month: "2025-07",
			count: 2,
			sources: [
				{ date: "2025-07-20T18:45:00", title: "Serving notes", url: "https://example.com/serve", entry: "ServeFast", path: "Frameworks/ServeFast.md" },
				{ date: "2025-07-01T00:30:00", title: "Reading at half past midnight", url: "https://example.com/july-first", entry: "PolicyLab", path: "Frameworks/PolicyLab.md" },
			],
		});
	});
});

describe("atlas export --matrix", () => {
	it("adds the matrix to the Markdown catalogue", async () => {
		const { code, out } = await cli(["export", "--format", "md", "--matrix", "#rl"]);
		expect(code).toBe(0);
		expect(out).toContain("| TRL | ✓ | ✓ | ✓ |");
	});
	it("refuses a matrix that names no tag", async () => {
		const { code, err } = await cli(["export", "--format", "md", "--matrix", " , "]);
		expect(code).toBe(2);
		expect(err).toContain('--matrix "#rl"');
	});
});
