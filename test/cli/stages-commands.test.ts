import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { atlas, REPO_ROOT } from "../support/cli-run";

const CONFIG_DIR = ".obsidian";
const OUTLINES = join(REPO_ROOT, "test", "fixtures", "outlines");
const CHINESE = join(OUTLINES, "real", "open-source-frameworks-zh.md");
const HEADINGLESS = join(OUTLINES, "real", "llm-awesome-headingless.md");
let dir: string;
let vault: string;
let data: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "atlas-stages-"));
	vault = join(dir, "vault");
	mkdirSync(join(vault, CONFIG_DIR), { recursive: true });
	writeFileSync(join(vault, CONFIG_DIR, "app.json"), "{}");
	data = join(vault, CONFIG_DIR, "plugins", "framework-atlas", "data.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const writeData = (value: unknown) => {
	mkdirSync(join(vault, CONFIG_DIR, "plugins", "framework-atlas"), { recursive: true });
	writeFileSync(data, JSON.stringify(value));
};
const note = (path: string, text: string) => {
	mkdirSync(join(vault, path, ".."), { recursive: true });
	writeFileSync(join(vault, path), text);
};

describe("every command uses the vault's stage list", () => {
	beforeEach(() => {
		writeData({ settingsVersion: 2, entryTag: "framework", stages: [{ id: "serving", labels: { zh: "推理", en: "Serving" }, aliases: ["inference"] }, { id: "infra", labels: { zh: "调度", en: "" }, aliases: [] }] });
		note("F/vLLM.md", "---\ntags: [framework]\nname: vLLM\nstage: inference\n---\n");
		note("F/Ray.md", "---\ntags: [framework]\nname: Ray\nstage: 调度\n---\n");
	});

	it("index shows the custom stages in order, empty ones included", async () => {
		const run = await atlas(["index", vault]);
		expect(run.out).toBe("2 entries in 3 stages\n\nServing (1)\n  vLLM\n\n调度 (1)\n  Ray\n\nUncategorized (0)\n  (None)\n\nProblems (0)\n\nWarnings (0)\n");
		expect(run.code).toBe(0);
	});

	it("query accepts custom labels and aliases in stage:", async () => {
		expect((await atlas(["query", vault, "stage:推理", "--json"])).out).toContain('"name": "vLLM"');
		expect((await atlas(["query", vault, "stage:infra"])).out).toContain("Ray");
		expect((await atlas(["query", vault, "stage:inference"])).out).not.toContain("Ray");
	});

	it("export lists the custom stages in order", async () => {
		const out = join(dir, "catalogue.md");
		expect((await atlas(["export", vault, "--format", "md", "-o", out])).code).toBe(0);
		const text = readFileSync(out, "utf8");
		expect(text.indexOf("## Serving")).toBeGreaterThan(-1);
		expect(text.indexOf("## Serving")).toBeLessThan(text.indexOf("## 调度"));
	});

	it("--stages FILE overrides the saved list; a bad file is refused with every problem named", async () => {
		const file = join(dir, "stages.json");
		writeFileSync(file, JSON.stringify([{ id: "infra", labels: { en: "Infrastructure", zh: "调度" } }]));
		const override = await atlas(["index", vault, "--stages", file]);
		expect(override.out).toContain("Infrastructure (1)\n  Ray");
		expect(override.out).toContain('F/vLLM.md: Unknown stage "inference"; listed under uncategorized');
		writeFileSync(file, JSON.stringify([{ id: "infra", labels: { en: "A" } }, { id: "infra", labels: { en: "B" } }, { id: "uncategorized", labels: { en: "C" } }]));
		const bad = await atlas(["index", vault, "--stages", file, "--lang", "zh"]);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain("第 2 个阶段：标识“infra”重复；第 3 个阶段（“uncategorized”）与始终存在的“未分类”冲突");
		writeFileSync(file, "{ not json");
		expect((await atlas(["index", vault, "--stages", file])).err).toContain(`Cannot read the stage list ${file}`);
	});

	it("new accepts a custom stage by label", async () => {
		const run = await atlas(["new", vault, "--name", "SGLang", "--stage", "Serving", "--folder", "F"]);
		expect(run.code).toBe(0);
		expect(readFileSync(join(vault, "F", "SGLang.md"), "utf8")).toContain("stage: serving");
	});
});

describe("atlas import and stages", () => {
	it("adds new stages to the vault's settings (other fields kept, atomically), so index shows them", async () => {
		writeData({ settingsVersion: 1, entryTag: "framework", labelLanguage: "zh", pinned: ["a.md"] });
		// What a save killed before its rename leaves: a dot-file beside data.json, of a process that is gone.
		writeFileSync(join(dirname(data), ".data.json.atlas-999999999-0.tmp"), "{");
		const run = await atlas(["import", CHINESE, "--out", join(vault, "Frameworks"), "--map", "Ckpt=uncategorized,调度=推理"]);
		expect(run.code).toBe(0);
		expect(run.out).toContain("Added 5 stages to the stage list of");
		const saved = JSON.parse(readFileSync(data, "utf8")) as { stages: { labels: { zh: string } }[]; labelLanguage: string; pinned: string[]; settingsVersion: number };
		expect(saved).toMatchObject({ labelLanguage: "zh", pinned: ["a.md"], settingsVersion: 2 });
		expect(saved.stages.map((s) => s.labels.zh)).toEqual(["学习素材", "预训练", "微调", "强化学习", "部署", "训练", "KV 管理", "算子与通信", "可观测", "云原生"]);
		// Replaced crash-safe through atomic-write.ts, which also swept the killed save's temp file.
		expect(readdirSync(dirname(data))).toEqual(["data.json"]);
		const index = await atlas(["index", vault]);
		expect(index.out).toMatch(/\n训练 \(14\)\n/);
		expect(index.out).toMatch(/\nDeployment \(22\)\n/);
		expect(index.out).toContain("Warnings (0)");
		expect(index.out).not.toContain("duplicate");
		// Re-running adds nothing: the stages exist now and every note is already there.
		const again = await atlas(["import", CHINESE, "--out", join(vault, "Frameworks")]);
		expect(again.code).toBe(1);
		expect(again.out).not.toContain("Added");
		expect(again.out).toMatch(/ {4}3 {2}训练 {2}→ 训练 \(stage-[0-9a-z]{6}\), 14 entries/);
	});

	it("--dry-run prints the mapping table and the entries per stage and writes nothing, settings included", async () => {
		const run = await atlas(["import", CHINESE, "--out", join(vault, "Frameworks"), "--dry-run"]);
		expect(run.code).toBe(0);
		expect(run.out).toMatch(/\n {3}44 {2}推理 {2}→ Deployment \(deploy\), 17 entries; Categories: accelerate \(3\), PD-disaggregation \(1\), Speculative-Decoding \(2\)\n/);
		expect(run.out).toMatch(/\n {2}103 {2}基础设施 {2}→ Uncategorized \(keep the heading as stage_heading\), 0 entries\n/);
		expect(run.out).toContain("Would add 7 stages to the stage list of");
		expect(run.out).toContain("\nEntries per stage\n  训练: Megatron, DeepSpeed, LLaMA-Factory, verl,");
		expect(existsSync(data)).toBe(false);
		expect(existsSync(join(vault, "Frameworks"))).toBe(false);
	});

	it("with --no-new-stages, or outside any vault, keeps unknown headings as stage_heading and says so", async () => {
		const off = await atlas(["import", CHINESE, "--out", join(vault, "F"), "--no-new-stages", "--json"]);
		const json = JSON.parse(off.out) as { structure: { newStages: unknown[]; stages: { title: string; mapping: { kind: string } }[] } };
		expect(json.structure.newStages).toEqual([]);
		expect(json.structure.stages.find((s) => s.title === "训练")!.mapping.kind).toBe("uncategorized");
		expect(readFileSync(join(vault, "F", "Megatron.md"), "utf8")).toContain("stage_heading: 训练");
		const outside = join(dir, "loose");
		const run = await atlas(["import", CHINESE, "--out", outside]);
		expect(run.out).toContain("loose is in no vault (no vault configuration folder above it)");
		expect(existsSync(join(dir, CONFIG_DIR))).toBe(false);
	});

	it("puts a list without stage headings under --stage, and refuses an unknown stage or a bad --map", async () => {
		const run = await atlas(["import", HEADINGLESS, "--out", join(vault, "F"), "--stage", "部署", "--json"]);
		const json = JSON.parse(run.out) as { structure: { stageLevel: number | null; stages: { line: number | null; mapping: { stage: string }; entries: unknown[] }[] } };
		expect(json.structure.stageLevel).toBeNull();
		expect(json.structure.stages).toHaveLength(1);
		expect(json.structure.stages[0]).toMatchObject({ line: null, mapping: { stage: "deploy" } });
		expect(json.structure.stages[0]!.entries).toHaveLength(46);
		expect((await atlas(["import", HEADINGLESS, "--out", join(vault, "G"), "--stage", "nowhere"])).err).toContain('Unknown stage "nowhere" for --stage');
		expect((await atlas(["import", CHINESE, "--out", join(vault, "G"), "--map", "训练"])).err).toContain('Bad --map pair "训练"');
		expect((await atlas(["import", CHINESE, "--out", join(vault, "G"), "--map", "训练=nowhere"])).err).toContain('Unknown stage "nowhere" in --map');
	});

	it("never loses a saved stage list it cannot read: nothing is written", async () => {
		writeData({ stages: "learning,rl", entryTag: "framework" });
		const before = readFileSync(data, "utf8");
		const run = await atlas(["import", CHINESE, "--out", join(vault, "Frameworks")]);
		expect(run.code).toBe(1);
		expect(run.err).toContain("Its saved stage list is not valid.");
		expect(readFileSync(data, "utf8")).toBe(before);
		expect(existsSync(join(vault, "Frameworks"))).toBe(false);
	});
});
