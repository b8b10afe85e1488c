import { cli, SAMPLE_VAULT } from "../support/run-cli-capture";
import { QUERY_FIXTURE_VAULT } from "../support/query-fixtures";

describe("atlas query", () => {
	it("prints the results like the code block's list", async () => {
		const { code, out, err } = await cli(["query", "#rl/grpo"]);
		expect({ code, err }).toEqual({ code: 0, err: "" });
		expect(out).toBe(["Reinforcement learning (3)", "  TRL", "  ★ veRL  https://github.com/volcengine/verl", "  EasyR1  (based on veRL)", "", "3 entries", ""].join("\n"));
	});

	it("speaks Chinese with --lang zh and takes Chinese keywords", async () => {
		const { code, out } = await cli(["query", "是:星标 阶段:强化学习", "--lang", "zh"]);
		expect(code).toBe(0);
		expect(out).toBe(["强化学习（2）", "  ★ OpenRLHF  https://github.com/OpenRLHF/OpenRLHF", "  ★ veRL  https://github.com/volcengine/verl", "", "2 个条目", ""].join("\n"));
	});

	it("says N of M when limited and prints explain first", async () => {
		const { out } = await cli(["query", "stage:rl sort:-name limit:2 group:none\nexplain"]);
		expect(out).toBe(
			[
				"This query was read as:",
				"  Stage is Reinforcement learning",
				"Sorted by: Name (descending)",
				"At most 2 shown",
				"Not grouped",
				"Shown as a list",
				"10 entries match",
				"",
				"  ★ veRL  https://github.com/volcengine/verl",
				"  TRL",
				"2 of 10",
				"",
			].join("\n"),
		);
	});

	it("says when nothing matches", async () => {
		expect((await cli(["query", "#nothing"])).out).toBe("No entries match this query.\n");
	});

	it("takes VAULT QUERY when given two positionals", async () => {
		const { code, out } = await cli(["query", QUERY_FIXTURE_VAULT, "after:2025-06-26"]);
		expect(code).toBe(0);
		expect(out).toBe("Deployment (1)\n  Early Bird  (based on Late Night)\n\n1 entry\n");
	});

	it("prints { query, entries } with --json", async () => {
		const { code, out } = await cli(["query", SAMPLE_VAULT, "based:veRL", "--json"]);
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(Object.keys(json)).toEqual(["query", "entries"]);
		expect(json.query).toBe("based:veRL");
		expect(json.entries).toEqual([
			{ path: "Frameworks/EasyR1.md", name: "EasyR1", stage: "rl", tags: ["framework", "rl/grpo", "多模态"], repo: null, starred: false, basedOn: "veRL", links: expect.any(Array), sources: [] },
		]);
	});

	it("--json entries are the same shape as atlas index --json", async () => {
		const index = JSON.parse((await cli(["index", "--json"])).out);
		const query = JSON.parse((await cli(["query", "verl", "--json"])).out);
		const fromIndex = index.stages.flatMap((s: { entries: unknown[] }) => s.entries).find((e: { name: string }) => e.name === "veRL");
		expect(query.entries).toEqual([fromIndex]);
	});

	it("exits 2 with the localized error on stderr", async () => {
		const en = await cli(["query", "stag:rl"]);
		expect(en).toEqual({ code: 2, out: "", err: 'Unknown filter "stag:" at column 1. Did you mean "stage:"?\n  stag:rl\n  ^^^^^\n' });
		const zh = await cli(["query", "--lang", "zh", "#rl OR"]);
		expect(zh.code).toBe(2);
		expect(zh.err.split("\n")[0]).toBe("OR 两边都需要条件（第 5 列） — 例如 阶段:强化学习 OR 阶段:部署");
	});

	it("exits 2 without a query or with too many arguments", async () => {
		const none = await cli(["query"]);
		expect(none.code).toBe(2);
		expect(none.err).toContain('Give a query, for example: atlas query "#rl/grpo"');
		const many = await cli(["query", SAMPLE_VAULT, "#rl", "extra"]);
		expect(many.code).toBe(2);
		expect(many.err).toContain("put the query in quotes");
		expect((await cli(["query", "nowhere/vault", "#rl"])).code).toBe(2);
	});
});
