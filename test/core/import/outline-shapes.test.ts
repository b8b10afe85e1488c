import { categoryTag, cleanName } from "../../../src/core/import/clean-name";
import type { ImportOptions, ImportPlan, PlannedNote } from "../../../src/core/import/import-plan";
import { planImport } from "../../../src/core/import/plan-import";
import { projectUrl } from "../../../src/core/import/repo-url";
import { matchStageHeading } from "../../../src/core/import/stage-heading-match";
import { stageChoiceKey } from "../../../src/core/import/stage-mapping";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { carriedBody, expectLossless, frontmatterOf } from "../../support/import-checks";

const vocabulary = new StageVocabulary();
const plan = (text: string, options: Partial<ImportOptions> = {}): ImportPlan =>
	planImport(text, { vocabulary, folder: "F", preambleName: "Intro", exists: () => false, newStages: true, ...options });
const entries = (p: ImportPlan): PlannedNote[] => p.notes.filter((n) => n.kind === "entry");
const named = (p: ImportPlan, name: string): Record<string, unknown> => {
	const found = entries(p).filter((n) => n.name === name);
	expect(found).toHaveLength(1);
	return frontmatterOf(found[0]!);
};

describe("list items that name a framework", () => {
	const outline = [
		"## 推理",
		"",
		"- [vLLM](https://github.com/vllm-project/vllm) [![GitHub stars](https://img.shields.io/github/stars/vllm-project/vllm?style=social)](https://github.com/vllm-project/vllm)",
		"- [SGLang](https://github.com/sgl-project/sglang) - SGLang is a fast serving framework",
		"- [hiyouga/LLaMA-Factory](https://github.com/hiyouga/LLaMA-Factory)",
		"- [TGI](https://huggingface.co/docs/text-generation-inference/en/index) - a toolkit for serving",
		"* ChatGLM：",
		"  * 地址：https://github.com/THUDM/ChatGLM-6B/tree/main/ptuning",
		"  ![](https://img.shields.io/github/stars/THUDM/ChatGLM-6B.svg)",
		"  * 简介：中文领域效果最好的开源底座模型之一",
		"- LightLLM: https://github.com/ModelTC/lightllm",
		"- https://gitlab.com/group/sub/project/-/tree/main/docs",
		"- https://gitee.com/mindspore/mindformers/tree/dev",
		"- Triton",
		"- 地址：https://github.com/not/an-entry",
		"",
	].join("\n");
	const p = plan(outline);

	it("are entries with clean names, repos trimmed to the project, summaries and links", () => {
		expect(entries(p).map((n) => n.name)).toEqual(["vLLM", "SGLang", "LLaMA-Factory", "TGI", "ChatGLM", "LightLLM", "project", "mindformers"]);
		expect(named(p, "vLLM")).toMatchObject({ stage: "deploy", repo: "https://github.com/vllm-project/vllm" });
		expect(named(p, "vLLM")).not.toHaveProperty("summary");
		expect(named(p, "SGLang")).toMatchObject({ repo: "https://github.com/sgl-project/sglang", summary: "SGLang is a fast serving framework" });
		expect(named(p, "TGI")).toMatchObject({ links: [{ label: "TGI", url: "https://huggingface.co/docs/text-generation-inference/en/index" }], summary: "a toolkit for serving" });
		expect(named(p, "TGI")).not.toHaveProperty("repo");
		expect(named(p, "ChatGLM")).toMatchObject({ repo: "https://github.com/THUDM/ChatGLM-6B", summary: "中文领域效果最好的开源底座模型之一" });
		expect(named(p, "project").repo).toBe("https://gitlab.com/group/sub/project");
		expect(named(p, "mindformers").repo).toBe("https://gitee.com/mindspore/mindformers");
	});

	it("carry their nested lines verbatim; plain items and field lines stay in the stage overview", () => {
		const chatglm = entries(p).find((n) => n.name === "ChatGLM")!;
		expect(carriedBody(chatglm)).toEqual(outline.split("\n").slice(6, 10));
		const overview = p.notes.find((n) => n.kind === "stage-overview")!;
		expect(carriedBody(overview)).toEqual(["- Triton", "- 地址：https://github.com/not/an-entry"]);
		expectLossless(outline, p);
	});
});

describe("names", () => {
	it.each([
		["1. <a name='模型'></a>模型", "模型"],
		["5. LLM推理部署框架", "LLM推理部署框架"],
		["1.1 文本LLM模型", "文本LLM模型"],
		["<font color=orange>ChatGLM</font>：", "ChatGLM"],
		["**[MLC LLM](https://github.com/mlc-ai/mlc-llm)**", "MLC LLM"],
		["Awesome-LLM [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "Awesome-LLM"],
		["2025", "2025"],
		["Qwen2.5 ![](https://img.shields.io/x.svg)", "Qwen2.5"],
	])("%j → %j", (raw, clean) => {
		expect(cleanName(raw)).toBe(clean);
	});

	it("give tags Obsidian accepts, years included", () => {
		expect([categoryTag("RL"), categoryTag("accelerate"), categoryTag("文本LLM模型"), categoryTag("2025"), categoryTag("PD disaggregation")]).toEqual(["rl", "accelerate", "文本llm模型", "year-2025", "pd-disaggregation"]);
	});

	it("give file names of at most 80 characters; the full name stays in the frontmatter", () => {
		const long = "An extremely long framework name that somebody pasted from a blog post title, with more words after it";
		const p = plan(`## RL\n\n- [${long}](https://github.com/a/b)\n`);
		const note = entries(p)[0]!;
		expect(note.name).toBe(long);
		expect([...note.path.slice("F/".length, -".md".length)].length).toBeLessThanOrEqual(80);
		expect(frontmatterOf(note).name).toBe(long);
	});
});

describe("repository URLs", () => {
	it.each([
		["https://github.com/microsoft/DeepSpeed/tree/master/blogs/deepspeed-chat", "https://github.com/microsoft/DeepSpeed"],
		["https://github.com/OpenRLHF/OpenRLHF/blob/main/examples/x.sh", "https://github.com/OpenRLHF/OpenRLHF"],
		["https://www.github.com/a/b.git", "https://github.com/a/b"],
		["https://github.com/orgs/vllm-project/repositories", null],
		["https://github.com/vllm-project", null],
		["https://gitlab.com/a/b/c/-/blob/main/x", "https://gitlab.com/a/b/c"],
		["https://img.shields.io/github/stars/a/b", null],
		["javascript:alert(1)//github.com/a/b", null],
	])("%s → %s", (url, project) => {
		expect(projectUrl(url)).toBe(project);
	});
});

describe("structure", () => {
	it("reads stage headings at the outline's main level, skipping navigation and boilerplate", () => {
		const text = "# Awesome\n\n## 目录\n- [模型](#模型)\n\n### 1. 模型\n\n* A：\n  * 地址：https://github.com/a/a\n\n### 2. 工具\n\n* B：\n  * 地址：https://github.com/b/b\n\n## Star History\n\n![](https://api.star-history.com/svg)\n";
		const p = plan(text);
		expect(p.structure.stageLevel).toBe(3);
		expect(p.structure.stages.map((s) => s.title)).toEqual(["模型", "工具"]);
		const intro = p.notes.find((n) => n.kind === "preamble")!;
		expect(carriedBody(intro)).toEqual(["# Awesome", "", "## 目录", "- [模型](#模型)", "", "## Star History", "", "![](https://api.star-history.com/svg)"]);
		expectLossless(text, p);
	});

	it("tells category headings (a list of frameworks) from single-framework headings (their own links and prose)", () => {
		const text = [
			"## 训练",
			"- [Megatron](https://github.com/NVIDIA/Megatron-LM)",
			"### RL",
			"- [volcengine/verl](https://github.com/volcengine/verl)",
			"- [OpenRLHF/OpenRLHF](https://github.com/OpenRLHF/OpenRLHF)",
			"### LLaMA-Factory",
			"https://github.com/hiyouga/LLaMA-Factory",
			"- 2025-07-01 10:00 Tue release notes https://example.com/notes",
			"- 2025-07-02 10:00 Wed more notes https://example.com/more",
			"入门教程：https://zhuanlan.zhihu.com/p/695287607",
		].join("\n");
		const p = plan(text);
		expect(entries(p).map((n) => n.name)).toEqual(["Megatron", "verl", "OpenRLHF", "LLaMA-Factory"]);
		expect(named(p, "verl").tags).toEqual(["framework", "rl"]);
		expect(named(p, "LLaMA-Factory")).toMatchObject({ repo: "https://github.com/hiyouga/LLaMA-Factory", tags: ["framework"] });
		expect(p.lines.find((m) => m.text === "### RL")).toMatchObject({ role: "category-heading", target: "F/训练.md" });
		expect(p.structure.stages[0]!.categories).toEqual([{ name: "RL", tag: "rl", line: 3, entries: 2 }]);
	});

	it("counts items inside <details> like any other", () => {
		const text = "## LLM Inference\n- [SGLang](https://github.com/sgl-project/sglang) - fast\n<details>\n<summary>other deployment tools</summary>\n\n  - [exllama](https://github.com/turboderp/exllama) - rewrite\n\n</details>\n";
		const p = plan(text);
		expect(entries(p).map((n) => n.name)).toEqual(["SGLang", "exllama"]);
		expect(carriedBody(entries(p)[0]!)).toEqual(["- [SGLang](https://github.com/sgl-project/sglang) - fast"]);
		expectLossless(text, p);
	});

	it("merges a framework listed twice (same repo or same name) into one note, the repeat under its section's heading", () => {
		const text = "## Ckpt\n- [Mooncake](https://github.com/kvcache-ai/Mooncake)\n## KV 管理\n- [Mooncake](https://github.com/kvcache-ai/Mooncake/)\n- [LM-Cache](https://github.com/LMCache/LMCache)\n## 推理\n- lm-cache：https://github.com/other/lm-cache\n";
		const p = plan(text);
		expect(entries(p).map((n) => n.name)).toEqual(["Mooncake", "LM-Cache"]);
		const mooncake = entries(p)[0]!;
		expect(carriedBody(mooncake)).toEqual(["- [Mooncake](https://github.com/kvcache-ai/Mooncake)", "", "## KV 管理", "", "- [Mooncake](https://github.com/kvcache-ai/Mooncake/)"]);
		expect(carriedBody(entries(p)[1]!).slice(-1)).toEqual(["- lm-cache：https://github.com/other/lm-cache"]);
		expectLossless(text, p);
	});

	it("puts the entries of a list without stage headings under uncategorized, or the stage asked for", () => {
		const text = "# My frameworks\n\n- [vLLM](https://github.com/vllm-project/vllm)\n- [SGLang](https://github.com/sgl-project/sglang)\n";
		const p = plan(text);
		expect(p.structure.stageLevel).toBeNull();
		expect(p.structure.stages).toHaveLength(1);
		expect(p.structure.stages[0]).toMatchObject({ line: null, mapping: { kind: "existing", stage: "uncategorized" } });
		expect(entries(p).map((n) => [n.name, n.stage])).toEqual([["vLLM", "uncategorized"], ["SGLang", "uncategorized"]]);
		expect(entries(plan(text, { defaultStage: "deploy" })).map((n) => n.stage)).toEqual(["deploy", "deploy"]);
		expect(entries(plan(text, { defaultStage: "no-such-stage" })).map((n) => n.stage)).toEqual(["uncategorized", "uncategorized"]);
	});
});

describe("stage headings", () => {
	it.each([
		["推理", "deploy"],
		["LLM推理部署框架", "deploy"],
		["LLM Inference", "deploy"],
		["LLM训练微调框架", "finetune"],
		["Reinforcement learning (RLHF)", "rl"],
		["LLM Tutorials and Courses", "learning"],
		["Other Papers", null],
		["Infrastructure", null],
		["训练", null],
	])("%s → %s", (heading, stage) => {
		expect(matchStageHeading(heading, vocabulary)).toBe(stage);
	});

	it("that match no stage become new stages with stable ASCII ids, both labels the heading", () => {
		const text = "## 调度\n- [Ray](https://github.com/ray-project/ray)\n## LLM Evaluation\n- [HELM](https://github.com/stanford-crfm/helm)\n## Empty section\n\nJust prose.\n";
		const p = plan(text);
		expect(p.structure.newStages).toEqual([
			{ id: expect.stringMatching(/^stage-[0-9a-z]{6}$/), labels: { zh: "调度", en: "调度" }, aliases: [] },
			{ id: "llm-evaluation", labels: { zh: "LLM Evaluation", en: "LLM Evaluation" }, aliases: [] },
		]);
		expect(plan(text).structure.newStages[0]!.id).toBe(p.structure.newStages[0]!.id);
		expect(named(p, "HELM").stage).toBe("llm-evaluation");
		// A heading with no entries adds no stage: its prose stays under uncategorized, named by stage_heading.
		expect(frontmatterOf(p.notes.find((n) => n.name === "Empty section")!)).toMatchObject({ stage: "uncategorized", stage_heading: "Empty section" });
	});

	it("follow the user's choices, and stay as stage_heading when new stages are off", () => {
		const text = "## 调度\n- [Ray](https://github.com/ray-project/ray)\n## LLM Inference\n- [vLLM](https://github.com/vllm-project/vllm)\n";
		const choices = new Map([
			[stageChoiceKey("调度"), { kind: "existing", stage: "deploy" } as const],
			[stageChoiceKey("llm inference"), { kind: "uncategorized" } as const],
		]);
		const chosen = plan(text, { choices });
		expect(chosen.structure.stages.map((s) => s.mapping)).toEqual([
			{ kind: "existing", stage: "deploy", chosen: true },
			{ kind: "uncategorized", stage: "uncategorized", chosen: true },
		]);
		expect(named(chosen, "vLLM")).toMatchObject({ stage: "uncategorized", stage_heading: "LLM Inference" });
		const off = plan(text, { newStages: false });
		expect(off.structure.newStages).toEqual([]);
		expect(named(off, "Ray")).toMatchObject({ stage: "uncategorized", stage_heading: "调度" });
		expect(named(off, "vLLM")).toMatchObject({ stage: "deploy" });
	});
});

describe("re-running an import", () => {
	it("plans the same paths and skips the notes that now exist", () => {
		const text = "## 推理\n- [vLLM](https://github.com/vllm-project/vllm)\n- [SGLang](https://github.com/sgl-project/sglang)\n";
		const first = plan(text);
		const written = new Set(first.notes.filter((n) => n.name === "vLLM").map((n) => n.path));
		const again = plan(text, { exists: (path) => written.has(path) });
		expect(again.notes.map((n) => [n.path, n.status])).toEqual([["F/vLLM.md", "skip"], ["F/SGLang.md", "create"]]);
	});
});
