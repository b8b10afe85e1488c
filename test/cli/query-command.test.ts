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

	it("takes a query that starts with a minus sign, with or without --", async () => {
		const plain = await cli(["query", "-is:starred #rl/grpo"]);
		expect({ code: plain.code, err: plain.err }).toEqual({ code: 0, err: "" });
		expect(plain.out).toBe(["Reinforcement learning (2)", "  TRL", "  EasyR1  (based on veRL)", "", "2 entries", ""].join("\n"));
		const withVault = await cli(["query", SAMPLE_VAULT, "-is:starred", "--json"]);
		const afterDashes = await cli(["query", "--json", "--", SAMPLE_VAULT, "-is:starred"]);
		expect(withVault.code).toBe(0);
		expect(withVault.out).toBe(afterDashes.out);
		expect((JSON.parse(withVault.out) as { entries: { starred: boolean }[] }).entries.every((e) => !e.starred)).toBe(true);
		expect((await cli(["query", "-(stage:rl OR stage:deploy)", "--lang", "zh"])).code).toBe(0);
	});

	it("still refuses a mistyped --option instead of reading it as a query", async () => {
		const { code, err } = await cli(["query", "#rl", "--jsn"]);
		expect(code).toBe(2);
		expect(err).toContain('Unknown option "--jsn"');
	});

	it("a few thousand parentheses: the message, a caret at the 65th and exit 2", async () => {
		const text = "(".repeat(3000) + "rl" + ")".repeat(3000);
		const { code, out, err } = await cli(["query", text]);
		expect({ code, out }).toEqual({ code: 2, out: "" });
		const [message, line, caret] = err.split("\n");
		expect(message).toBe("Parentheses and minus signs nest more than 64 levels deep at column 65. Remove the extra levels; terms side by side need no parentheses");
		expect(line).toBe(`  ${text}`);
		expect(caret).toBe(`  ${" ".repeat(64)}^`);
		expect((await cli(["query", "-".repeat(500) + "rl", "--lang", "zh"])).err.split("\n")[0]).toBe("括号和减号嵌套超过 64 层（第 65 列） — 请去掉多余的层级；并列的条件不需要括号");
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
