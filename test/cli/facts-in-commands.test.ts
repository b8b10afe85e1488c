import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/run-cli-capture";
import { FACTS_FIXTURES, FactsServer, standardRoutes } from "../support/facts-server";

const NOW = new Date("2025-07-10T12:00:00Z");
let vault: string;

/** One refresh against the local server fills the cache; every test below reads it without a network. */
beforeAll(async () => {
	const server = await new FactsServer().start();
	standardRoutes(server);
	vault = mkdtempSync(join(tmpdir(), "atlas-facts-"));
	cpSync(join(FACTS_FIXTURES, "vault"), vault, { recursive: true });
	await cli(["repos", vault, "--refresh"], vault, NOW, { env: server.env() });
	await server.stop();
});

afterAll(() => rmSync(vault, { recursive: true, force: true }));

async function names(query: string, lang = "en"): Promise<string[]> {
	const run = await cli(["query", vault, query, "--json", "--lang", lang], vault, NOW);
	expect(run.err).toBe("");
	return (JSON.parse(run.out) as { entries: { name: string }[] }).entries.map((e) => e.name);
}

describe("facts in queries, index and export (read from the cache, never fetched)", () => {
	it("filters and sorts by stars; entries without facts never match", async () => {
		expect(await names("stars:>1000 sort:-stars")).toEqual(["veRL", "OpenRLHF", "MindFormers"]);
		expect(await names("stars:100..1000 sort:stars")).toEqual(["LLMServing", "OldTrainer"]);
		expect(await names("stars:<=408")).toEqual(["LLMServing"]);
		// Not found, no repo: no facts, so only the negation keeps them.
		expect((await names("stage:rl -stars:>0")).sort()).toEqual(["Gone", "NoRepo"]);
	});

	it("filters by last push, archived, stale, license and language", async () => {
		expect((await names("pushed:<2024-06-01")).sort()).toEqual(["LLMServing", "OldTrainer"]);
		expect((await names("pushed:>2025-07-01")).sort()).toEqual(["veRL"]);
		expect((await names("pushed:2025-06-28..2025-06-30")).sort()).toEqual(["MindFormers", "OpenRLHF"]);
		expect(await names("is:archived")).toEqual(["OldTrainer"]);
		expect((await names("is:stale")).sort()).toEqual(["LLMServing", "OldTrainer"]);
		expect((await names("license:apache")).sort()).toEqual(["MindFormers", "OpenRLHF", "veRL"]);
		expect(await names("license:MIT")).toEqual(["LLMServing"]);
		expect((await names("lang:python")).sort()).toEqual(["MindFormers", "OpenRLHF", "veRL"]);
	});

	it("sorts by last push with entries without facts last, either way", async () => {
		const newestFirst = await names("sort:-pushed");
		expect(newestFirst.slice(0, 5)).toEqual(["veRL", "MindFormers", "OpenRLHF", "LLMServing", "OldTrainer"]);
		const oldestFirst = await names("sort:pushed");
		expect(oldestFirst.slice(0, 5)).toEqual(["OldTrainer", "LLMServing", "OpenRLHF", "MindFormers", "veRL"]);
		expect(newestFirst.slice(5).sort()).toEqual(oldestFirst.slice(5).sort());
	});

	it("takes the Chinese keywords", async () => {
		expect(await names("星数:>1000 排序:-星数", "zh")).toEqual(["veRL", "OpenRLHF", "MindFormers"]);
		expect(await names("是:已归档", "zh")).toEqual(["OldTrainer"]);
		expect((await names("是:停更 语言:jupyter notebook", "zh")).length).toBe(0);
		expect((await names("推送:<2024-06-01 许可证:mit", "zh"))).toEqual(["LLMServing"]);
	});

	it("explains facts filters in both languages", async () => {
		const en = await cli(["query", vault, "stars:>1000 pushed:<2024-06-01 is:stale sort:-stars\nexplain"], vault, NOW);
		expect(en.out).toContain("Stars: at least 1,001");
		expect(en.out).toContain("Last push before 2024-06-01");
		expect(en.out).toContain("Repository is stale");
		expect(en.out).toContain("Sorted by: Stars (descending)");
		expect(en.out).toContain("Entries without repository facts come last");
		const zh = await cli(["query", vault, "星数:100..1000 是:已归档\n解释", "--lang", "zh"], vault, NOW);
		expect(zh.out).toContain("星数在 100 到 1,000 之间");
		expect(zh.out).toContain("仓库已归档");
	});

	it("a bad star count is a usage error with a hint", async () => {
		const run = await cli(["query", vault, "stars:>lots"], vault, NOW);
		expect(run.code).toBe(2);
		expect(run.err).toContain('">lots" is not a star count for stars: at column 7. For example stars:>1000, stars:100..1000 or stars:>=1.5k');
	});

	it("atlas index --json gives each entry its repoFacts object or null", async () => {
		const run = await cli(["index", vault, "--json"], vault, NOW);
		const entries = (JSON.parse(run.out) as { stages: { entries: Record<string, unknown>[] }[] }).stages.flatMap((s) => s.entries);
		const by = Object.fromEntries(entries.map((e) => [e.name, e.repoFacts]));
		expect(by.veRL).toMatchObject({ repo: "https://github.com/volcengine/verl", status: "ok", stars: 12345, license: "Apache-2.0" });
		expect(by.OpenRLHF).toMatchObject({ status: "moved", movedTo: "OpenRLHF/OpenRLHF" });
		expect(by.NoRepo).toBeNull();
		expect(by.NoRepoHost).toBeNull();
		expect(Object.keys(by.veRL as object)).toEqual(["repo", "host", "status", "stars", "forks", "openIssues", "pushedAt", "archived", "license", "language", "description", "topics", "movedTo", "fetchedAt"]);
	});

	it("export md/html show facts only with --facts; JSON always carries repoFacts", async () => {
		const plain = await cli(["export", vault, "--format", "md"], vault, NOW);
		expect(plain.out).not.toContain("★ 12.3k");
		const md = await cli(["export", vault, "--format", "md", "--facts"], vault, NOW);
		expect(md.out).toContain("**[veRL](https://github.com/volcengine/verl)** — ★ 12.3k · Pushed 8 days ago · Apache-2.0");
		expect(md.out).toContain("★ 842 · Pushed 2 years ago · Archived · Stale");
		const html = await cli(["export", vault, "--format", "html", "--facts", "--lang", "zh"], vault, NOW);
		expect(html.out).toContain('<p class="atlas-detail atlas-facts">★ 1.2万 · 8 天前推送 · Apache-2.0</p>');
		const json = await cli(["export", vault, "--format", "json"], vault, NOW);
		expect(json.out).toContain('"repoFacts": {');
	});
});
