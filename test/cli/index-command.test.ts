import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { cli, REPO_ROOT } from "../support/run-cli-capture";

interface Json {
	stages: { id: string; label: string; entries: Record<string, unknown>[] }[];
	problems: { path: string; message: string }[];
	warnings: { path: string; message: string }[];
}

const FIXTURE_VAULT = join("test", "fixtures", "notes", "index");

describe("atlas index --json on the sample vault", () => {
	let json: Json;
	beforeAll(async () => {
		const result = await cli(["index", "--json"]);
		expect(result.code).toBe(0);
		expect(result.err).toBe("");
		json = JSON.parse(result.out) as Json;
	});

	it("has exactly the documented keys", () => {
		expect(Object.keys(json)).toEqual(["stages", "problems", "warnings"]);
		for (const stage of json.stages) {
			expect(Object.keys(stage)).toEqual(["id", "label", "entries"]);
			for (const entry of stage.entries) {
				expect(Object.keys(entry)).toEqual(["path", "name", "stage", "tags", "repo", "starred", "basedOn", "links", "sources", "repoFacts"]);
				for (const source of entry.sources as Record<string, unknown>[]) {
					expect(Object.keys(source)).toEqual(["date", "title", "url"]);
					expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/);
				}
			}
		}
	});

	it("shows 4 learning, 0 pre-training, 3 fine-tuning, 10 RL, 3 deployment, 1 uncategorized", () => {
		expect(json.stages.map((s) => [s.id, s.label, s.entries.length])).toEqual([
			["learning", "Learning materials", 4],
			["pretrain", "Pre-training", 0],
			["finetune", "Fine-tuning", 3],
			["rl", "Reinforcement learning", 10],
			["deploy", "Deployment", 3],
			["uncategorized", "Uncategorized", 1],
		]);
		expect(json.problems).toEqual([]);
		expect(json.warnings).toEqual([]);
	});

	it("stars OpenRLHF and veRL, and bases MM-EUREKA and EasyR1 on them", () => {
		const entries = json.stages.flatMap((s) => s.entries);
		expect(entries.filter((e) => e.starred).map((e) => e.name)).toEqual(["OpenRLHF", "veRL"]);
		expect(entries.filter((e) => e.basedOn !== null).map((e) => [e.name, e.basedOn])).toEqual([
			["MM-EUREKA", "OpenRLHF"],
			["EasyR1", "veRL"],
		]);
		const verl = entries.find((e) => e.name === "veRL")!;
		expect(verl).toMatchObject({ stage: "rl", repo: "https://github.com/volcengine/verl", path: "Frameworks/veRL.md" });
	});
});

describe("atlas index text output", () => {
	it("lists stages with counts, ★ for starred, derivatives indented under their parent", async () => {
		const { code, out } = await cli(["index"]);
		expect(code).toBe(0);
		const lines = out.split("\n");
		expect(lines[0]).toBe("21 entries in 6 stages");
		expect(lines).toContain("Pre-training (0)");
		expect(lines).toContain("  (None)");
		const rl = lines.indexOf("Reinforcement learning (10)");
		expect(lines.slice(rl + 1, rl + 11).join("\n")).toMatch(/^ {2}★ OpenRLHF {2}https:\/\/github\.com\/OpenRLHF\/OpenRLHF\n {6}└ MM-EUREKA/m);
		expect(out).toMatch(/^ {2}★ veRL {2}https:\/\/github\.com\/volcengine\/verl\n {6}└ EasyR1$/m);
		expect(out).toMatch(/Problems \(0\)\n\nWarnings \(0\)\n$/);
	});

	it("speaks Chinese with --lang zh", async () => {
		const { code, out } = await cli(["index", "--lang", "zh"]);
		expect(code).toBe(0);
		expect(out.split("\n")[0]).toBe("6 个阶段共 21 个条目");
		for (const heading of ["学习素材（4）", "预训练（0）", "微调（3）", "强化学习（10）", "部署（3）", "未分类（1）", "问题（0）", "警告（0）"]) expect(out).toContain(heading);
		const zhJson = JSON.parse((await cli(["index", "--json", "--lang=zh"])).out) as Json;
		expect(zhJson.stages.map((s) => s.label)).toEqual(["学习素材", "预训练", "微调", "强化学习", "部署", "未分类"]);
		expect((await cli(["--lang", "zh", "index"])).out).toBe(out);
	});

	it("lists problems and warnings with the note's path, and still exits 0", async () => {
		const { code, out } = await cli(["index", FIXTURE_VAULT]);
		expect(code).toBe(0);
		expect(out).toContain("Problems (1)\n  broken.md: Frontmatter is not valid YAML: ");
		expect(out).toContain('Warnings (1)\n  Orphan.md: Based on "Nowhere", which names no framework entry');
		const zh = await cli(["index", FIXTURE_VAULT, "--lang", "zh", "--json"]);
		expect((JSON.parse(zh.out) as Json).warnings).toEqual([{ path: "Orphan.md", message: expect.stringContaining("Nowhere") }]);
	});
});

describe("exit codes", () => {
	it("--strict exits 1 when there are problems, 0 when there are none", async () => {
		expect((await cli(["index", FIXTURE_VAULT, "--strict"])).code).toBe(1);
		expect((await cli(["index", "--strict"])).code).toBe(0);
	});

	it.each([
		[["index", "--bogus"], /^Unknown option "--bogus"\. atlas index /],
		[["frobnicate"], /^Unknown command "frobnicate"\. Usage: atlas /],
		[["index", "no/such/vault"], /^No vault folder at .*no\/such\/vault\. atlas index /],
		[["index", "--lang", "fr"], /^Language must be "zh" or "en", not "fr"\n$/],
		[["index", "--tag"], /^Option --tag needs a value\. atlas index /],
		[["index", "--tag="], /^Option --tag needs a value\. atlas index /],
		[[], /^Usage: atlas /],
	] as [string[], RegExp][])("%j is a usage error: exit 2 with a one-line message", async (argv, message) => {
		const { code, out, err } = await cli(argv);
		expect(code).toBe(2);
		expect(out).toBe("");
		expect(err.endsWith("\n")).toBe(true);
		expect(err.trimEnd().split("\n")).toHaveLength(1);
		expect(err).toMatch(message);
	});

	it("--lang alone is a missing command, in that language", async () => {
		expect(await cli(["--lang", "zh"])).toEqual({ code: 2, out: "", err: expect.stringMatching(/^用法：atlas .*\n$/) });
		expect(await cli(["--lang=en"])).toEqual({ code: 2, out: "", err: expect.stringMatching(/^Usage: atlas .*\n$/) });
	});

	it("localises usage errors with --lang zh", async () => {
		const { code, err } = await cli(["index", "--bogus", "--lang", "zh"]);
		expect(code).toBe(2);
		expect(err).toMatch(/^未知选项“--bogus”/);
	});

	it("--tag picks another entry tag, with or without #", async () => {
		const none = JSON.parse((await cli(["index", "--json", "--tag", "#paper"])).out) as Json;
		expect(none.stages.flatMap((s) => s.entries)).toEqual([]);
		const same = JSON.parse((await cli(["index", "--json", "--tag=#framework"])).out) as Json;
		expect(same.stages.map((s) => s.entries.length)).toEqual([4, 0, 3, 10, 3, 1]);
	});

	it("help goes to stdout with exit 0", async () => {
		const { code, out } = await cli(["help"]);
		expect(code).toBe(0);
		expect(out).toContain("atlas index [VAULT] [--json]");
	});
});

describe("the real executable", () => {
	it("node bin/atlas.js index prints the sample index and exits 0", () => {
		const out = execFileSync(process.execPath, [join(REPO_ROOT, "bin", "atlas.js"), "index"], { cwd: REPO_ROOT, encoding: "utf8" });
		expect(out.split("\n")[0]).toBe("21 entries in 6 stages");
	});

	it("exits 2 on a usage error and 1 with --strict and problems", () => {
		const bin = join(REPO_ROOT, "bin", "atlas.js");
		const usage = spawnSync(process.execPath, [bin, "index", "--nope"], { cwd: REPO_ROOT, encoding: "utf8" });
		expect([usage.status, usage.stdout, usage.stderr.trimEnd().split("\n").length]).toEqual([2, "", 1]);
		const strict = spawnSync(process.execPath, [bin, "index", FIXTURE_VAULT, "--strict", "--json"], { cwd: REPO_ROOT, encoding: "utf8" });
		expect(strict.status).toBe(1);
		expect((JSON.parse(strict.stdout) as Json).problems).toHaveLength(1);
	});

	it("npx atlas index --json works from the repository root", () => {
		// npx itself takes seconds to start (8 s idle on a 2-core machine, far more when it is busy).
		const result = spawnSync("npx", ["--no-install", "atlas", "index", "--json"], { cwd: REPO_ROOT, encoding: "utf8", timeout: 150000 });
		expect(result.status).toBe(0);
		expect((JSON.parse(result.stdout) as Json).stages.map((s) => s.entries.length)).toEqual([4, 0, 3, 10, 3, 1]);
	}, 160000);
});
