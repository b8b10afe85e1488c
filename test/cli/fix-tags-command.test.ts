import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/run-cli-capture";

// Real-shaped notes from an old vault: each legacy form, with the bytes an editor on Windows leaves.
const NOTES: Record<string, string> = {
	"Frameworks/veRL.md": "\uFEFF---\r\nname: veRL\r\ntags: framework, rl # from 2023\r\nstage: rl\r\n---\r\n# veRL\r\n\r\n## 来源\r\n",
	"Frameworks/vLLM.md": "---\n# serving\ntag: framework\nstage: deploy\nrepo: 'https://github.com/vllm-project/vllm'\n---\nbody with tags: a, b\n",
	"Frameworks/LLaMA-Factory.md": '---\ntags: "#framework #finetune"\nsummary: "一站式微调: SFT, DPO"\n---\n',
	"Frameworks/Unsloth.md": "---\ntags:\n  - framework\n  - finetune\n---\nalready a list\n",
	"Notes/reading.md": "---\ntags: papers, rl\n---\nnot an entry: left alone\n",
};

let vault: string;
beforeEach(() => {
	vault = mkdtempSync(join(tmpdir(), "atlas-fix-tags-"));
	for (const [path, text] of Object.entries(NOTES)) {
		mkdirSync(join(vault, path, ".."), { recursive: true });
		writeFileSync(join(vault, path), text);
	}
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(vault, path), "utf8");
const atlas = (...argv: string[]) => cli(argv, vault);

test("--dry-run shows each change and writes nothing", async () => {
	const run = await atlas("fix-tags", vault, "--dry-run");
	expect(run.code).toBe(0);
	expect(run.out).toBe(
		[
			"Frameworks/LLaMA-Factory.md",
			'  - tags: "#framework #finetune"',
			"  + tags:",
			"  +   - framework",
			"  +   - finetune",
			"Frameworks/vLLM.md",
			"  - tag: framework",
			"  + tags:",
			"  +   - framework",
			"Frameworks/veRL.md",
			"  - tags: framework, rl # from 2023",
			"  + tags: # from 2023",
			"  +   - framework",
			"  +   - rl",
			"Would fix 3 notes (nothing written: --dry-run).",
			"",
		].join("\n"),
	);
	for (const [path, text] of Object.entries(NOTES)) expect(read(path)).toBe(text);
});

test("rewrites only the tags property of the entries Obsidian cannot read, byte for byte elsewhere", async () => {
	const run = await atlas("fix-tags", vault);
	expect(run.code).toBe(0);
	expect(run.out.endsWith("Fixed the tags of 3 notes.\n")).toBe(true);
	expect(read("Frameworks/veRL.md")).toBe("\uFEFF---\r\nname: veRL\r\ntags: # from 2023\r\n  - framework\r\n  - rl\r\nstage: rl\r\n---\r\n# veRL\r\n\r\n## 来源\r\n");
	expect(read("Frameworks/vLLM.md")).toBe("---\n# serving\ntags:\n  - framework\nstage: deploy\nrepo: 'https://github.com/vllm-project/vllm'\n---\nbody with tags: a, b\n");
	expect(read("Frameworks/LLaMA-Factory.md")).toBe('---\ntags:\n  - framework\n  - finetune\nsummary: "一站式微调: SFT, DPO"\n---\n');
	expect(read("Frameworks/Unsloth.md")).toBe(NOTES["Frameworks/Unsloth.md"]);
	expect(read("Notes/reading.md")).toBe(NOTES["Notes/reading.md"]);
	expect(readdirSync(join(vault, "Frameworks")).sort()).toEqual(["LLaMA-Factory.md", "Unsloth.md", "vLLM.md", "veRL.md"]);

	const index = JSON.parse((await atlas("index", vault, "--json")).out) as { warnings: { code: string }[] };
	expect(index.warnings.filter((w) => w.code.startsWith("tags-legacy"))).toEqual([]);
	expect((await atlas("fix-tags", vault)).out).toBe("Every entry's tags are already written as a list.\n");
});

test("speaks Chinese, and a note it cannot rewrite safely is left as it is with exit 1", async () => {
	// YAML's explicit-key form: valid, rare, and not a line the fix can rewrite without guessing.
	const odd = "---\n? tag\n: framework\n---\n";
	writeFileSync(join(vault, "Frameworks/odd.md"), odd);
	const run = await atlas("fix-tags", vault, "--lang", "zh");
	expect(run.code).toBe(1);
	expect(run.out).toContain("Frameworks/odd.md：保持原样（无法安全地改写其标签，请手动修改）\n");
	expect(run.out.endsWith("已修正 3 篇笔记的标签。\n")).toBe(true);
	expect(read("Frameworks/odd.md")).toBe(odd);
});
