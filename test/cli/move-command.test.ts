import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cli-io";
import { cli, type CliRun } from "../support/run-cli-capture";

const FIXTURES = join(__dirname, "../fixtures/stage-edit");
let vault: string;

beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "atlas-move-"));
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

const atlas = (argv: string[], io: Partial<CliIo> = {}): Promise<CliRun> => cli(argv, vault, new Date(2025, 6, 2, 14, 1, 48), { sampleVault: vault, ...io });
const note = (name: string) => join(vault, name);
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

describe("atlas move", () => {
	it("moves by a Chinese label, changing only the stage value (CRLF, BOM, no final newline kept)", async () => {
		copyFileSync(join(FIXTURES, "crlf-bom-no-newline.md"), note("vLLM.md"));
		const result = await atlas(["move", "vLLM.md", "--stage", "预训练"]);
		expect(result).toEqual({ code: 0, out: `${note("vLLM.md")}: Pre-training\n`, err: "" });
		expect(readFileSync(note("vLLM.md"), "utf8")).toBe(fixture("crlf-bom-no-newline.expected.md"));
		expect(readdirSync(vault)).toEqual(["vLLM.md"]);
	});

	it("accepts an alias and inserts a stage line for a nested-tag entry", async () => {
		copyFileSync(join(FIXTURES, "nested-tag-flow.md"), note("EasyR1.md"));
		const result = await atlas(["move", "EasyR1.md", "--stage", "SFT", "--lang", "zh"]);
		expect(result).toEqual({ code: 0, out: `${note("EasyR1.md")}：微调\n`, err: "" });
		expect(readFileSync(note("EasyR1.md"), "utf8")).toBe(fixture("nested-tag-flow.expected.md"));
	});

	it("exits 1 with the list of stages for an unknown stage, writing nothing", async () => {
		copyFileSync(join(FIXTURES, "comments-and-quotes.md"), note("veRL.md"));
		const result = await atlas(["move", "veRL.md", "--stage", "production"]);
		expect(result.code).toBe(1);
		expect(result.err).toBe('Unknown stage "production". Stages: learning (Learning materials), pretrain (Pre-training), finetune (Fine-tuning), rl (Reinforcement learning), deploy (Deployment), uncategorized (Uncategorized).\n');
		expect(readFileSync(note("veRL.md"), "utf8")).toBe(fixture("comments-and-quotes.md"));
	});

	it("exits 1 for a note that is not an entry, or no note at all", async () => {
		writeFileSync(note("recipe.md"), "---\ntags: [cooking]\nstage: rl\n---\n");
		const notEntry = await atlas(["move", "recipe.md", "--stage", "deploy"]);
		expect(notEntry).toEqual({ code: 1, out: "", err: `${note("recipe.md")} is not a framework entry (its tags have no #framework).\n` });
		expect(readFileSync(note("recipe.md"), "utf8")).toBe("---\ntags: [cooking]\nstage: rl\n---\n");
		expect((await atlas(["move", "missing.md", "--stage", "deploy"])).code).toBe(1);
		expect((await atlas(["move", "recipe.md"])).code).toBe(2);
	});

	it("uses the vault's saved entry tag", async () => {
		mkdirSync(join(vault, ".obsidian", "plugins", "framework-atlas"), { recursive: true });
		writeFileSync(join(vault, ".obsidian", "plugins", "framework-atlas", "data.json"), JSON.stringify({ entryTag: "llm" }));
		writeFileSync(note("Qwen.md"), "---\ntags: [llm]\nstage: pretrain # base models\n---\n");
		expect((await atlas(["move", "Qwen.md", "--stage", "deploy"])).code).toBe(0);
		expect(readFileSync(note("Qwen.md"), "utf8")).toBe("---\ntags: [llm]\nstage: deploy # base models\n---\n");
	});

	it("follows the vault's custom stage list", async () => {
		mkdirSync(join(vault, ".obsidian", "plugins", "framework-atlas"), { recursive: true });
		const stages = [
			{ id: "data", labels: { zh: "数据", en: "Data" }, aliases: ["datasets"] },
			{ id: "rl", labels: { zh: "强化学习", en: "Reinforcement learning" }, aliases: [] },
		];
		writeFileSync(join(vault, ".obsidian", "plugins", "framework-atlas", "data.json"), JSON.stringify({ stages }));
		writeFileSync(note("Open-R1.md"), "---\ntags: [framework]\nstage: '强化学习'\n---\n");
		const moved = await atlas(["move", "Open-R1.md", "--stage", "datasets"]);
		expect(moved).toEqual({ code: 0, out: `${note("Open-R1.md")}: Data\n`, err: "" });
		expect(readFileSync(note("Open-R1.md"), "utf8")).toBe("---\ntags: [framework]\nstage: '数据'\n---\n");
		const unknown = await atlas(["move", "Open-R1.md", "--stage", "deploy"]);
		expect(unknown.code).toBe(1);
		expect(unknown.err).toContain("Stages: data (Data), rl (Reinforcement learning), uncategorized (Uncategorized).");
	});

	it("redoes the edit on the newer text when the note changes before the rename", async () => {
		copyFileSync(join(FIXTURES, "comments-and-quotes.md"), note("veRL.md"));
		let edits = 0;
		const result = await atlas(["move", "veRL.md", "--stage", "deploy"], {
			beforeRename: (path) => {
				if (edits++ === 0) writeFileSync(path, readFileSync(path, "utf8").replace("starred: true", "starred: false"));
			},
		});
		expect(result.code).toBe(0);
		expect(readFileSync(note("veRL.md"), "utf8")).toBe(fixture("comments-and-quotes.expected.md").replace("starred: true", "starred: false"));
		expect(edits).toBe(2);
		expect(readdirSync(vault)).toEqual(["veRL.md"]);
	});

	it("refuses a note that is not UTF-8, byte for byte untouched", async () => {
		const bytes = Buffer.concat([Buffer.from("---\ntags: [framework]\nstage: rl\nname: "), Buffer.from([0xc3, 0x28]), Buffer.from("\n---\n")]);
		writeFileSync(note("bad.md"), bytes);
		const result = await atlas(["move", "bad.md", "--stage", "deploy"]);
		expect(result.code).toBe(1);
		expect(result.err).toContain("is not UTF-8");
		expect(readFileSync(note("bad.md")).equals(bytes)).toBe(true);
	});
});
