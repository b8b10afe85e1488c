import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pluginDataPath } from "../../src/cli/vault-settings";
import type { CliIo } from "../../src/cli/cli-io";
import { cli, type CliRun } from "../support/run-cli-capture";
import { parseNote } from "../../src/core/parse/note-parser";
import { StageVocabulary } from "../../src/core/stages/stage-vocabulary";
import { nodeMachine } from "../../node/node-machine";

// 2025-07-02 14:01:48 Wednesday in Shanghai (the pinned jest zone).
const NOW = new Date(Date.UTC(2025, 6, 2, 6, 1, 48));
let vault: string;

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "atlas-templates-"));
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

function atlas(argv: string[], extra: Partial<CliIo> = {}): Promise<CliRun> {
	return cli(argv, vault, NOW, { sampleVault: vault, ...extra });
}

const parse = (path: string) => parseNote("x.md", readFileSync(path, "utf8"), { entryTag: "framework", vocabulary: new StageVocabulary() });

describe("atlas new", () => {
	it("creates the entry note, prints its path, and it parses back to what was typed", async () => {
		const result = await atlas(["new", vault, "--name", 'veRL: "Volcano" #1', "--stage", "强化学习", "--repo", "https://github.com/volcengine/verl", "--tags", "grpo, yes,12:30", "--source-url", "https://example.com/a", "--source-title", "介绍：火山引擎"]);
		expect(result).toEqual({ code: 0, out: join(vault, "Frameworks", "veRL- -Volcano- -1.md") + "\n", err: "" });
		const parsed = parse(result.out.trim());
		expect(parsed).toMatchObject({
			kind: "entry",
			entry: {
				name: 'veRL: "Volcano" #1',
				stage: "rl",
				repo: "https://github.com/volcengine/verl",
				tags: ["framework", "grpo", "yes", "12-30"],
				sources: [{ date: "2025-07-02T14:01:48", title: "介绍：火山引擎", url: "https://example.com/a" }],
			},
		});
	});

	it("writes Chinese headings with --lang zh but keeps the stored weekday English", async () => {
		const result = await atlas(["new", vault, "--name", "OpenRLHF", "--stage", "rl", "--source-url", "https://x.org", "--lang", "zh", "--folder", "研究/框架"]);
		expect(result.code).toBe(0);
		const text = readFileSync(join(vault, "研究", "框架", "OpenRLHF.md"), "utf8");
		expect(text).toContain("## 简介\n\n## 来源\n\n2025-07-02 14:01:48 Wednesday https://x.org\n\n## 笔记\n");
	});

	it("exits 1 and writes nothing when the note exists", async () => {
		mkdirSync(join(vault, "Frameworks"));
		writeFileSync(join(vault, "Frameworks", "veRL.md"), "my precious notes\n");
		const result = await atlas(["new", vault, "--name", "veRL", "--stage", "rl"]);
		expect(result.code).toBe(1);
		expect(result.out).toBe("");
		expect(result.err).toContain("already exists");
		expect(readFileSync(join(vault, "Frameworks", "veRL.md"), "utf8")).toBe("my precious notes\n");
		expect(readdirSync(join(vault, "Frameworks"))).toEqual(["veRL.md"]);
	});

	it("uses the plugin's saved settings and template from the vault", async () => {
		mkdirSync(join(vault, ".obsidian", "plugins", "framework-atlas"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "plugins", "framework-atlas", "data.json"), JSON.stringify({ entriesFolder: "Atlas", templatePath: "Templates/Entry", weekdayLanguage: "zh" }));
		mkdirSync(join(vault, "Templates"));
		writeFileSync(join(vault, "Templates", "Entry.md"), "---\ntags: [framework]\ncreated: \"{{date}}\"\n---\n# {{name}}\n\n## 来源\n{{source}}\n");
		const result = await atlas(["new", vault, "--name", "Unsloth", "--stage", "微调", "--source-url", "https://unsloth.ai", "--source-title", "Docs"]);
		expect(result.code).toBe(0);
		expect(readFileSync(join(vault, "Atlas", "Unsloth.md"), "utf8")).toBe(
			"---\ntags:\n  - framework\ncreated: 2025-07-02\nstage: finetune\nname: Unsloth\n---\n# Unsloth\n\n## 来源\n2025-07-02 14:01:48 星期三 Docs https://unsloth.ai\n",
		);
	});

	it("says so on stderr when the template note in the settings is missing, as the plugin's notice does, and uses the built-in one", async () => {
		const data = join(vault, ".obsidian", "plugins", "framework-atlas", "data.json");
		mkdirSync(dirname(data), { recursive: true });
		writeFileSync(data, JSON.stringify({ templatePath: "Templates/Gone" }));
		expect(pluginDataPath(nodeMachine, vault)).toBe(data);
		const result = await atlas(["new", vault, "--name", "Unsloth", "--stage", "finetune"]);
		expect(result).toEqual({ code: 0, out: join(vault, "Frameworks", "Unsloth.md") + "\n", err: "Template note Templates/Gone.md not found; using the built-in template.\n" });
		expect(parse(join(vault, "Frameworks", "Unsloth.md"))).toMatchObject({ kind: "entry", entry: { name: "Unsloth", stage: "finetune" } });
	});

	it.each([
		[["new", "--name", "x", "--stage", "rl"]],
		[["new", "VAULT_PLACEHOLDER", "--stage", "rl"]],
		[["new", "VAULT_PLACEHOLDER", "--name", "x"]],
		[["new", "VAULT_PLACEHOLDER", "--name", "x", "--stage", "rl", "--repo", "javascript:alert(1)"]],
		[["new", "VAULT_PLACEHOLDER", "--name", "x", "--stage", "rl", "--bogus", "1"]],
	])("usage errors exit 2 and write nothing: %j", async (argv) => {
		const result = await atlas(argv.map((a) => (a === "VAULT_PLACEHOLDER" ? vault : a)));
		expect(result.code).toBe(2);
		expect(readdirSync(vault)).toEqual([]);
	});
});

describe("atlas add-source", () => {
	const note = () => join(vault, "veRL.md");
	const ORIGINAL = "---\r\ntags: [framework]\r\n---\r\n## Sources\r\n\r\n2025-06-30 16:37:19 Monday Old https://example.com/old\r\n\r\n## Notes\r\n\r\nmine\r\n";

	it("appends the dated line under Sources and changes nothing else", async () => {
		writeFileSync(note(), ORIGINAL);
		const result = await atlas(["add-source", "veRL.md", "--url", "https://example.com/new", "--title", "New: post"]);
		expect(result).toEqual({ code: 0, out: note() + "\n", err: "" });
		expect(readFileSync(note(), "utf8")).toBe(ORIGINAL.replace("old\r\n", "old\r\n2025-07-02 14:01:48 Wednesday New: post https://example.com/new\r\n"));
		expect(readdirSync(vault)).toEqual(["veRL.md"]);
	});

	it("does not lose an edit made between its read and its write", async () => {
		writeFileSync(note(), ORIGINAL);
		let edits = 0;
		const result = await atlas(["add-source", "veRL.md", "--url", "https://example.com/new"], {
			beforeRename: (path) => {
				if (edits++ === 0) writeFileSync(path, readFileSync(path, "utf8").replace("mine", "mine, edited elsewhere"));
			},
		});
		expect(result.code).toBe(0);
		const text = readFileSync(note(), "utf8");
		expect(text).toContain("mine, edited elsewhere");
		expect(text).toContain("2025-07-02 14:01:48 Wednesday https://example.com/new\r\n");
		expect(edits).toBe(2);
	});

	it("gives up (exit 1) without writing when the note keeps changing", async () => {
		writeFileSync(note(), ORIGINAL);
		let n = 0;
		const result = await atlas(["add-source", "veRL.md", "--url", "https://example.com/new"], { beforeRename: (path) => writeFileSync(path, `changed ${n++}\n`) });
		expect(result.code).toBe(1);
		expect(readFileSync(note(), "utf8")).toBe(`changed ${n - 1}\n`);
		expect(readdirSync(vault)).toEqual(["veRL.md"]);
	});

	it("creates the Sources heading in the --lang language when missing, and refuses bad input", async () => {
		writeFileSync(note(), "正文");
		expect((await atlas(["add-source", "veRL.md", "--url", "https://x.org", "--title", "标题", "--lang", "zh"])).code).toBe(0);
		expect(readFileSync(note(), "utf8")).toBe("正文\n\n## 来源\n2025-07-02 14:01:48 Wednesday 标题 https://x.org\n");
		expect((await atlas(["add-source", "veRL.md", "--url", "file:///etc/passwd"])).code).toBe(2);
		expect((await atlas(["add-source", "missing.md", "--url", "https://x.org"])).code).toBe(1);
		expect(existsSync(join(vault, "missing.md"))).toBe(false);
	});
});
