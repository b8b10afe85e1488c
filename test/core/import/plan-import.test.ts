import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEntryHeading } from "../../../src/core/import/heading-name";
import { planImport } from "../../../src/core/import/plan-import";
import type { ImportPlan, PlannedNote } from "../../../src/core/import/import-plan";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { safeFileName } from "../../../src/core/templates/file-names";
import { carriedBody, expectLossless, frontmatterOf } from "../../support/import-checks";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "outlines");
const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const vocabulary = new StageVocabulary();
const plan = (text: string, exists: (path: string) => boolean = () => false): ImportPlan =>
	planImport(text, { vocabulary, folder: "Frameworks", preambleName: "Outline intro", exists });
const note = (p: ImportPlan, name: string): PlannedNote => {
	const found = p.notes.filter((n) => n.name === name);
	expect(found).toHaveLength(1);
	return found[0]!;
};

describe.each(["llm-frameworks-outline.md", "evaluation-outline.md", "list-items-outline.md"])("%s", (file) => {
	const text = read(file);

	it("carries every non-heading line verbatim into exactly one note", () => {
		expectLossless(text, plan(text));
	});

	it("plans the same notes from CRLF line endings", () => {
		const crlf = text.replace(/\n/g, "\r\n");
		expect(crlf).not.toBe(text);
		const fromCrlf = plan(crlf);
		expectLossless(crlf, fromCrlf);
		expect(fromCrlf.notes).toEqual(plan(text).notes);
	});
});

describe("the seed outline", () => {
	const seed = plan(read("llm-frameworks-outline.md"));

	it("keeps the title line in a preamble note and RL prose in a stage overview", () => {
		const preamble = note(seed, "开源框架");
		expect(preamble.kind).toBe("preamble");
		expect(carriedBody(preamble)).toEqual(["# 开源框架"]);
		const overview = note(seed, "强化学习");
		expect(overview).toMatchObject({ kind: "stage-overview", path: "Frameworks/强化学习.md", stage: "rl" });
		expect(frontmatterOf(overview)).toEqual({ tags: ["framework-stage"], stage: "rl" });
		expect(carriedBody(overview)[0]).toMatch(/^学习教程：/);
	});

	it("reads stars, labels, derivatives, repos and links", () => {
		expect(frontmatterOf(note(seed, "OpenRLHF"))).toEqual({ tags: ["framework"], stage: "rl", name: "OpenRLHF", repo: "https://github.com/OpenRLHF/OpenRLHF", starred: true });
		expect(frontmatterOf(note(seed, "MM-EUREKA"))).toMatchObject({ based_on: "[[OpenRLHF]]", summary: "多模态二创", repo: "https://github.com/ModalMinds/MM-EUREKA" });
		expect(frontmatterOf(note(seed, "veRL"))).toMatchObject({ repo: "https://github.com/volcengine/verl", starred: true, links: [{ label: "link", url: "https://www.volcengine.com/docs/6459/1463942" }] });
		expect(frontmatterOf(note(seed, "Roll"))).toMatchObject({ repo: "https://github.com/alibaba/ROLL", links: [{ label: "论文地址", url: "https://arxiv.org/pdf/2506.06122" }] });
		// "ImportError: cannot import … https://…" has text after the colon besides the URL: not a link.
		expect((frontmatterOf(note(seed, "LLaMA-Factory")).links as { label: string }[]).map((l) => l.label)).toEqual(["项目学习", "入门教程", "中文教程"]);
		expect(note(seed, "Logic- RL").path).toBe("Frameworks/Logic- RL.md");
	});

	it("turns each item of the learning stage into an entry named by its title, lines under it included", () => {
		const learning = seed.notes.filter((n) => n.stage === "learning");
		expect(learning.map((n) => n.name)).toEqual([
			"机器学习 Q 与 AI：30 个必备问答",
			"盘一盘，2017年Transformer之后，LLM领域的重要论文",
			"信息过载时代，如何真正「懂」LLM？从MIT分享的50个面试题开始",
			"新鲜出炉！斯坦福2025 CS336课程全公开：从零开始搓大模型",
		]);
		const course = carriedBody(learning[3]!);
		expect(course[course.length - 1]).toMatch(/^!\[\]\(https:\/\/zhipu-ai/);
		// Dated lines stay in the body only: no `sources:` field is ever written.
		for (const n of seed.notes) expect(frontmatterOf(n)).not.toHaveProperty("sources");
	});

	it("maps heading lines to the note they name and stage headings to none", () => {
		const roles = seed.lines.filter((m) => m.text.startsWith("#"));
		expect(roles.find((m) => m.text === "## 强化学习")).toMatchObject({ role: "stage-heading", target: null });
		expect(roles.find((m) => m.text === "### 🌈 OpenRLHF")).toMatchObject({ role: "entry-heading", target: "Frameworks/OpenRLHF.md" });
		expect(roles.find((m) => m.text === "# 开源框架")).toMatchObject({ role: "content", target: "Frameworks/开源框架.md" });
	});
});

describe("other outlines", () => {
	it("keeps an unknown stage heading as stage_heading under uncategorized", () => {
		const p = plan(read("evaluation-outline.md"));
		const harness = frontmatterOf(note(p, "lm-evaluation-harness"));
		expect(harness).toMatchObject({ stage: "uncategorized", stage_heading: "Evaluation", repo: "https://github.com/EleutherAI/lm-evaluation-harness" });
		expect(carriedBody(note(p, "lm-evaluation-harness"))).toContain("![[harness-screenshot.png]]");
		expect(frontmatterOf(note(p, "Evaluation"))).toEqual({ tags: ["framework-stage"], stage: "uncategorized", stage_heading: "Evaluation" });
		expect(frontmatterOf(note(p, "OpenCompass")).links).toEqual([{ label: "Homepage", url: "https://opencompass.org.cn" }]);
	});

	it("reads ⭐ (with a variation selector too), ASCII colon labels, and a #### before any ###", () => {
		const p = plan(read("evaluation-outline.md"));
		expect(frontmatterOf(note(p, "Axolotl"))).toMatchObject({ starred: true, stage: "finetune", repo: "https://github.com/axolotl-ai-cloud/axolotl", links: [
				{ label: "Docs", url: "https://docs.axolotl.ai/" },
				{ label: "deeper item with a link", url: "https://example.com/deeper" },
			],
		});
		expect(frontmatterOf(note(p, "PEFT"))).toMatchObject({ summary: "Trainer kit", repo: "https://github.com/huggingface/peft" });
		expect(frontmatterOf(note(p, "QLoRA recipes"))).toMatchObject({ starred: true, based_on: "[[PEFT]]" });
		expect(frontmatterOf(note(p, "Derivative before any parent"))).not.toHaveProperty("based_on");
		expect(frontmatterOf(note(p, "Orphan heading before any stage"))).toMatchObject({ stage: "uncategorized" });
		expect(note(p, "Outline intro")).toMatchObject({ kind: "preamble", path: "Frameworks/Outline intro.md" });
	});

	it("never reads headings, links or list items inside code blocks", () => {
		const p = plan(read("evaluation-outline.md"));
		expect(p.notes.map((n) => n.name)).not.toContain("Not a heading: this is inside a code block");
		expect(carriedBody(note(p, "Axolotl"))).toContain("### Not a heading: this is inside a code block");
		expect(p.lines.filter((m) => m.text.startsWith("## Also"))[0]).toMatchObject({ role: "content", target: "Frameworks/Axolotl.md" });
	});

	it("names list items after their title and keeps nested lines and code with the item above", () => {
		const p = plan(read("list-items-outline.md"));
		expect(p.notes.filter((n) => n.stage === "learning" && n.kind === "entry").map((n) => n.name)).toEqual([
			"Attention is all you need, annotated",
			"Understanding LoRA",
			"A course on transformers",
			"https://example.com/only-a-url",
			"Plain item without a date",
		]);
		expect(carriedBody(note(p, "Understanding LoRA"))).toEqual(["- 2025-06-30 16:37 Mon Understanding LoRA", "Continuation text of the second item, not a list item."]);
		expect(carriedBody(note(p, "Plain item without a date")).at(-2)).toBe("- 2025-01-01 10:00 Wed a list item inside code stays with the item above");
		expect(note(p, "Learning materials").kind).toBe("stage-overview");
	});

	it("keeps a framework listed twice in one note, the repeat under a heading naming its section, and splits only at the first colon", () => {
		const p = plan(read("list-items-outline.md"));
		const vllm = note(p, "vLLM");
		expect(p.notes.filter((n) => n.name === "vLLM").map((n) => n.path)).toEqual(["Frameworks/vLLM.md"]);
		expect(carriedBody(vllm)).toEqual(["https://github.com/vllm-project/vllm", "", "## 部署", "", "### vLLM", "", "A second vLLM heading in the same outline gets its own note."]);
		expect(vllm.addedHeadings).toEqual(["## 部署"]);
		expect(p.lines.find((m) => m.text === "### vLLM")).toMatchObject({ role: "content", target: "Frameworks/vLLM.md" });
		expect(frontmatterOf(note(p, "Tools: More"))).toMatchObject({ summary: "Misc", stage: "uncategorized" });
		expect(frontmatterOf(note(p, "Tools: More"))).not.toHaveProperty("stage_heading");
	});

	it("marks notes that already exist as skipped without changing what the others carry", () => {
		const text = read("llm-frameworks-outline.md");
		const p = plan(text, (path) => path === "Frameworks/TRL.md" || path === "Frameworks/强化学习.md");
		expect(p.notes.filter((n) => n.status === "skip").map((n) => n.path)).toEqual(["Frameworks/强化学习.md", "Frameworks/TRL.md"]);
		expect(p.notes.map((n) => n.text)).toEqual(plan(text).notes.map((n) => n.text));
	});

	it("writes hostile names as YAML text and file names without path separators", () => {
		const p = plan('## RL\n\n### ../../etc/passwd: "quoted" #tag\n\n### a/b\\c*?<>|\n\n### ---\n');
		const names = p.notes.map((n) => n.name);
		expect(names).toEqual(['"quoted" #tag', "a/b\\c*?<>|", "---"]);
		for (const n of p.notes) expect(n.path).toMatch(/^Frameworks\/[^/\\]+\.md$/);
		expect(frontmatterOf(p.notes[0]!)).toMatchObject({ name: '"quoted" #tag', summary: "../../etc/passwd" });
		// Named as "New framework entry" names files: unsafe characters become "-".
		expect(p.notes[1]!.path).toBe(`Frameworks/${safeFileName("a/b\\c*?<>|")}.md`);
		expect(p.notes[1]!.path).toBe("Frameworks/a-b-c-----.md");
		const escaping = plan("## RL\n### x\n", () => false);
		expect(planImport("## RL\n### x\n", { vocabulary, folder: "../../outside/./in", preambleName: "p", exists: () => false }).notes[0]!.path).toBe("outside/in/x.md");
		expect(escaping.notes[0]!.path).toBe("Frameworks/x.md");
	});
});

describe("entry headings", () => {
	it.each([
		["🌈 OpenRLHF", { name: "OpenRLHF", starred: true, summary: null }],
		["⭐️ QLoRA ⭐", { name: "QLoRA", starred: true, summary: null }],
		["多模态二创：MM-EUREKA", { name: "MM-EUREKA", starred: false, summary: "多模态二创" }],
		["Trainer kit: PEFT", { name: "PEFT", starred: false, summary: "Trainer kit" }],
		["veRL (https://github.com/volcengine/verl)", { name: "veRL (https://github.com/volcengine/verl)", starred: false, summary: null }],
		["12:30 weekly sync", { name: "12:30 weekly sync", starred: false, summary: null }],
		["Logic- RL", { name: "Logic- RL", starred: false, summary: null }],
	])("%j", (heading, expected) => {
		expect(parseEntryHeading(heading)).toEqual(expected);
	});

	it("leaves a heading with nothing but a star as text of the note above", () => {
		expect(parseEntryHeading("🌈")).toBeNull();
		const p = plan("## RL\n\n### A\n\n### 🌈\n\nbody\n");
		expect(p.notes.map((n) => n.name)).toEqual(["A"]);
		expect(carriedBody(p.notes[0]!)).toEqual(["### 🌈", "", "body"]);
	});
});
