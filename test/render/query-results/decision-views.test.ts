/** @jest-environment jsdom */
import { buildIndex } from "../../../src/core/index/build-index";
import { translator } from "../../../src/i18n/translator";
import { renderQueryBlock } from "../../../src/render/query-results/render-query-block";
import type { QueryRenderContext } from "../../../src/render/query-results/query-render-context";
import { readVaultNotes } from "../../../node/vault-files";
import { SAMPLE_VAULT } from "../../support/sample-index";
import { VIEWS_FIXTURE_VAULT } from "../../support/views-fixtures";

const index = buildIndex([...readVaultNotes(SAMPLE_VAULT), ...readVaultNotes(VIEWS_FIXTURE_VAULT)]);

function render(source: string, language: "en" | "zh" = "en", snapshot = index.snapshot()) {
	const opened: string[] = [];
	const context: QueryRenderContext = { i18n: translator(language), vocabulary: index.parseOptions().vocabulary, openNote: (path) => opened.push(path) };
	const container = document.createElement("div");
	document.body.appendChild(container);
	renderQueryBlock(container, source, snapshot, context);
	return { container, opened };
}

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe("matrix view", () => {
	it("a header click cycles ticked first, unticked first, then the query's order", () => {
		const { container } = render("#rl columns:#rl sort:name");
		const names = () => texts(container, ".atlas-matrix tbody th");
		const original = ["EasyR1", "PolicyLab", "TinyZero", "TRL", "★veRL"];
		expect(names()).toEqual(original);
		const ppo = [...container.querySelectorAll<HTMLButtonElement>(".atlas-matrix-sort")].find((b) => b.textContent === "ppo")!;
		ppo.click();
		expect(names()).toEqual(["PolicyLab", "TinyZero", "TRL", "EasyR1", "★veRL"]);
		ppo.click();
		expect(names()).toEqual(["EasyR1", "★veRL", "PolicyLab", "TinyZero", "TRL"]);
		ppo.click();
		expect(names()).toEqual(original);
		expect(ppo.parentElement!.getAttribute("aria-sort")).toBe("none");
	});
	it("names are links that open the note; ticks carry an accessible label", () => {
		const { container, opened } = render("#rl columns:grpo");
		container.querySelector<HTMLAnchorElement>(".atlas-matrix tbody .atlas-query-link")!.click();
		expect(opened).toEqual(["Frameworks/PolicyLab.md"]);
		expect(container.querySelector(".atlas-matrix-cell.is-ticked")?.getAttribute("aria-label")).toBe("Has grpo");
	});
	it("columns:#x with nothing under it says so, in the label language", () => {
		expect(render("#rl columns:#moe", "zh").container.querySelector(".atlas-query-empty")?.textContent).toBe("这些条目都没有 #moe 下的标签。");
	});
	it("view:matrix without columns: shows the inline error with its hint", () => {
		expect(render("#rl view:matrix").container.querySelector(".atlas-query-error-message")?.textContent).toBe(
			"view:matrix at column 5 needs columns: to compare by. For example columns:#rl (the tags under rl) or columns:grpo,ppo,dpo",
		);
	});
});

describe("timeline view", () => {
	it("draws a bar group per month with a tooltip per bar, stacked rects per stage", () => {
		const { container } = render("view:timeline", "zh");
		const bars = [...container.querySelectorAll(".atlas-chart-bar")];
		expect(bars.map((g) => g.getAttribute("data-month"))).toEqual(["2025-06", "2025-07", "2025-08"]);
		expect(bars[1]!.querySelector("title")?.textContent).toBe("2025-07：3 个来源\n部署：1\n强化学习：1\n学习素材：1");
		expect([...bars[1]!.querySelectorAll(".atlas-chart-segment")].map((r) => r.getAttribute("data-stage"))).toEqual(["learning", "rl", "deploy"]);
		expect(container.querySelector("svg")?.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(texts(container, ".atlas-timeline-month-heading")).toEqual(["2025-08 · 1 个来源", "2025-07 · 3 个来源", "2025-06 · 3 个来源"]);
	});
	it("source titles are links only for http(s) and note text stays text", () => {
		const hostile = buildIndex([["Frameworks/X.md", '---\ntags: [framework]\nname: "<img src=x onerror=alert(1)>"\n---\n2025-07-01 10:00 [phish](javascript:alert(4))\n2025-07-02 10:00 "><svg onload=alert(5)> https://example.com/ok\n']]);
		const { container } = render("view:timeline", "en", hostile.snapshot());
		expect(container.querySelectorAll("img, script, svg svg")).toHaveLength(0);
		expect(texts(container, ".atlas-timeline-source .atlas-query-link")).toEqual(["<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"]);
		const links = [...container.querySelectorAll<HTMLAnchorElement>(".atlas-timeline-title")].map((a) => [a.tagName, a.getAttribute("href"), a.textContent]);
		expect(links).toEqual([
			["A", "https://example.com/ok", '"><svg onload=alert(5)>'],
			["SPAN", null, "phish"],
		]);
	});
});

describe("snippets in results", () => {
	it("mark the match with <mark> built from text, in list and table views", () => {
		for (const view of ["list", "table", "cards"]) {
			const { container } = render(`连续批处理 view:${view}`);
			const snippet = container.querySelector(".atlas-query-snippet")!;
			expect(texts(snippet, "mark")).toEqual(["连续批处理"]);
			expect(snippet.textContent).toContain("推理服务，支持连续批处理与张量并行。");
		}
	});
	it("note text with markup stays text in the snippet", () => {
		const hostile = buildIndex([["Frameworks/Y.md", "---\ntags: [framework]\nname: Y\n---\n<img src=x onerror=alert(1)> says supportsGRPO here\n"]]);
		const { container } = render("supportsgrpo", "en", hostile.snapshot());
		const snippet = container.querySelector(".atlas-query-snippet")!;
		expect(snippet.querySelector("img")).toBeNull();
		expect(snippet.textContent).toBe("…src=x onerror=alert(1)> says supportsGRPO here");
		expect(texts(snippet, "mark")).toEqual(["supportsGRPO"]);
	});
});
