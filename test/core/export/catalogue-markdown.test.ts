import { escapeMarkdownText, githubAnchor, markdownUrl } from "../../../src/core/export/markdown-escape";
import { exportVault, HOSTILE_VAULT, SAMPLE_VAULT } from "../../support/catalogue";

/** Link destinations of every `[text](url)` whose `]` is not escaped, images included. */
function linkTargets(markdown: string): string[] {
	return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]!).filter((target) => !target.startsWith("#"));
}

describe("the Markdown catalogue of the sample vault", () => {
	const md = exportVault(SAMPLE_VAULT, "md", "en");
	const lines = md.split("\n");

	it("lists the stages in order as headings, with a contents list linking to them", () => {
		expect(lines[0]).toBe("# Framework catalogue");
		expect(lines.filter((l) => l.startsWith("## "))).toEqual(["## Contents", "## Learning materials", "## Pre-training", "## Fine-tuning", "## Reinforcement learning", "## Deployment", "## Uncategorized"]);
		expect(md).toContain("- [Reinforcement learning](#reinforcement-learning) (10)\n");
		expect(md).toContain("## Pre-training\n\n_None yet_\n");
		expect(md).toContain("> 21 frameworks in 6 stages · Exported 2026-11-27 from Framework Atlas · ★ marks a starred framework\n");
	});

	it("shows stars, repo links, summaries, newest sources, and nests derivatives", () => {
		const rl = md.slice(md.indexOf("## Reinforcement learning"), md.indexOf("## Deployment"));
		expect(rl).toContain("\n- ★ **[OpenRLHF](https://github.com/OpenRLHF/OpenRLHF)** — Easy-to-use, scalable RLHF framework");
		expect(rl).toMatch(/\n- ★ \*\*\[OpenRLHF\][^\n]*\n {2}- \*\*\[MM-EUREKA\]\(https:\/\/github\.com\/ModalMinds\/MM-EUREKA\)\*\* — 多模态二创\n/);
		expect(rl).toMatch(/\n- ★ \*\*\[veRL\][^\n]*\n {2}- \*\*EasyR1\*\*\n/);
		expect(md).toContain("- **盘一盘，2017年Transformer之后，LLM领域的重要论文** — Newest source: 2025-06-30 16:37 [盘一盘，2017年Transformer之后，LLM领域的重要论文](https://mp.weixin.qq.com/s/1lUSlc0tvEWLuOFOP0WkUA)\n");
	});

	it("uses the chosen language for headings and marks summaries that fell back to the other language", () => {
		const zh = exportVault(SAMPLE_VAULT, "md", "zh");
		expect(zh).toContain("## 强化学习\n");
		expect(zh).toContain("- [强化学习](#强化学习) (10)");
		expect(zh).toContain("（另一种语言）");
		expect(zh).toContain("最新来源: 2025-07-02 14:01");
	});
});

describe("the Markdown catalogue of hostile notes", () => {
	const md = exportVault(HOSTILE_VAULT, "md", "en");

	it("lets no note text become HTML, a link or an autolink", () => {
		expect(md).not.toMatch(/</);
		expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
		expect(md).toContain("&lt;script&gt;");
		expect(md).toContain("\\[click me\\](javascript:alert(2))");
		expect(md).toContain("\\*\\*bold\\*\\*");
		expect(md).toContain("https\\://evil.example/x");
		expect(md).toContain("www\\.evil.example");
		expect(md).toContain("&amp; &amp;lt;b&amp;gt;");
		for (const target of linkTargets(md)) expect(target).toMatch(/^https?:\/\//);
	});

	it("drops non-http(s) URLs and encodes characters that would end a link destination", () => {
		expect(linkTargets(md).sort()).toEqual(["https://example.com/a%29b\"c", "https://example.com/new", "https://github.com/o/plain", "https://github.com/o/r?a=%3Cb%3E&c=\"d\""]);
		expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
		expect(md).toContain("Child \\](javascript:alert(6)) \" onmouseover=alert(7) x=\"");
		expect(md).toContain("Newest source: 2025-02-03 09:30 [Newer source](https://example.com/new)");
	});
});

describe("Markdown escaping", () => {
	it.each([
		["a\nb\r\n  c", "a b c"],
		["[x](y)", "\\[x\\](y)"],
		["![i](http://x/y.png)", "\\!\\[i\\](http\\://x/y.png)"],
		["`code` *em* _em_ ~s~ | #", "\\`code\\` \\*em\\* \\_em\\_ \\~s\\~ \\| \\#"],
		["<b>&", "&lt;b&gt;&amp;"],
		["WWW.example.com", "WWW\\.example.com"],
		["LLaMA-Factory 100+ (v2).", "LLaMA-Factory 100+ (v2)."],
	])("%j → %j", (text, escaped) => expect(escapeMarkdownText(text)).toBe(escaped));

	it("refuses non-web URLs and percent-encodes the rest", () => {
		expect(markdownUrl("javascript:alert(1)")).toBeNull();
		expect(markdownUrl("data:text/html,x")).toBeNull();
		expect(markdownUrl("https://x.org/a (b)<c>")).toBe("https://x.org/a%20%28b%29%3Cc%3E");
	});

	it("builds GitHub's heading anchors", () => {
		expect(githubAnchor("Reinforcement learning")).toBe("reinforcement-learning");
		expect(githubAnchor("Pre-training")).toBe("pre-training");
		expect(githubAnchor("学习素材")).toBe("学习素材");
	});
});
