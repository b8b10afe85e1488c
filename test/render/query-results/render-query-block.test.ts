/** @jest-environment jsdom */
import { buildIndex } from "../../../src/core/index/build-index";
import { renderQueryBlock } from "../../../src/render/query-results/render-query-block";
import type { QueryRenderContext } from "../../../src/render/query-results/query-render-context";
import { translator } from "../../../src/i18n/translator";
import { sampleIndex } from "../../support/sample-index";

const index = sampleIndex();
const vocabulary = index.parseOptions().vocabulary;

function render(source: string, language: "en" | "zh" = "en", snapshot = index.snapshot()) {
	const opened: [string, boolean][] = [];
	const context: QueryRenderContext = { i18n: translator(language), vocabulary, openNote: (path, newTab) => opened.push([path, newTab]) };
	const container = document.createElement("div");
	document.body.appendChild(container);
	const rendered = renderQueryBlock(container, source, snapshot, context);
	return { container, rendered, opened };
}

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe("list view", () => {
	it("groups by stage with headings and links, and counts", () => {
		const { container } = render("#多模态 OR stage:deploy");
		expect(texts(container, ".atlas-query-group-heading")).toEqual(["Fine-tuning (1)", "Reinforcement learning (2)", "Deployment (3)"]);
		expect(texts(container, ".atlas-query-list .atlas-query-link")).toEqual(["ms-swift", "MM-EUREKA", "EasyR1", "SGLang", "TGI", "vLLM"]);
		expect(container.querySelector(".atlas-query-count")?.textContent).toBe("6 entries");
	});

	it("shows stars, based-on and http(s) repo links", () => {
		const { container } = render("#rl/grpo");
		const items = [...container.querySelectorAll(".atlas-query-item")];
		const verl = items.find((li) => li.textContent?.includes("veRL") && !li.textContent.includes("EasyR1"))!;
		expect(verl.querySelector(".atlas-query-star")?.textContent).toBe("★");
		expect(verl.querySelector("a.external-link")?.getAttribute("href")).toBe("https://github.com/volcengine/verl");
		expect(texts(container, ".atlas-query-based")).toEqual(["Based on veRL"]);
	});

	it("says N of M when limited", () => {
		const { container, rendered } = render("stage:rl sort:name limit:3");
		expect(container.querySelector(".atlas-query-count")?.textContent).toBe("3 of 10");
		expect(container.querySelectorAll(".atlas-query-item")).toHaveLength(3);
		expect(rendered.shownPaths.size).toBe(3);
		expect(render("stage:rl limit:3", "zh").container.querySelector(".atlas-query-count")?.textContent).toBe("3 / 10");
	});

	it("puts everything in one group with group:none", () => {
		const { container } = render("#多模态 group:none");
		expect(container.querySelectorAll(".atlas-query-group")).toHaveLength(1);
		expect(container.querySelector(".atlas-query-group-heading")).toBeNull();
	});

	it("uses the active language for stage labels", () => {
		expect(texts(render("is:starred", "zh").container, ".atlas-query-group-heading")).toEqual(["强化学习（2）"]);
	});

	it("says so when nothing matches", () => {
		const { container } = render("#nothing-has-this");
		expect(container.querySelector(".atlas-query-empty")?.textContent).toBe("No entries match this query.");
		expect(container.querySelector(".atlas-query-count")).toBeNull();
	});

	it("opens notes through the callback, in a new tab with Ctrl/Cmd or a middle click", () => {
		const { container, opened } = render("verl");
		const link = container.querySelector<HTMLAnchorElement>(".atlas-query-link")!;
		link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
		link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, metaKey: true }));
		link.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
		expect(opened).toEqual([
			["Frameworks/veRL.md", false],
			["Frameworks/veRL.md", true],
			["Frameworks/veRL.md", true],
			["Frameworks/veRL.md", true],
		]);
	});
});

describe("table and cards", () => {
	it("table: name, stage, repository, newest source", () => {
		const { container } = render("stage:learning view:table group:none sort:-date");
		expect(texts(container, "th")).toEqual(["Name", "Stage", "Repository", "Newest source"]);
		const rows = [...container.querySelectorAll("tbody tr")].map((tr) => texts(tr, "td"));
		expect(rows[0]).toEqual(["机器学习 Q 与 AI：30 个必备问答", "Learning materials", "", "2025-07-02 14:01"]);
		expect(rows[3]![3]).toBe("No sources");
	});

	it("table headers in Chinese, one table per stage when grouped", () => {
		const { container } = render("is:starred OR stage:deploy 视图:表格", "zh");
		expect(container.querySelectorAll("table")).toHaveLength(2);
		expect(texts(container.querySelector("table")!, "th")).toEqual(["名称", "阶段", "仓库", "最新来源"]);
	});

	it("cards show stage, summary, tags, repo and newest source", () => {
		const { container } = render("veRL view:cards");
		const card = container.querySelector(".atlas-query-card")!;
		expect(card.querySelector(".atlas-query-card-title")?.textContent).toBe("★veRL");
		expect(card.querySelector(".atlas-query-card-stage")?.textContent).toBe("Reinforcement learning");
		expect(card.querySelector(".atlas-query-card-summary")?.textContent).toMatch(/^Volcano Engine/);
		expect(texts(card, ".atlas-query-tag")).toEqual(["#framework", "#rl/grpo"]);
	});
});

describe("errors and explain", () => {
	it("shows an inline error box with the message and a caret, never a blank block", () => {
		const { container, rendered } = render("#rl stag:rl");
		const box = container.querySelector(".atlas-query-error")!;
		expect(box.getAttribute("role")).toBe("alert");
		expect(box.querySelector(".atlas-query-error-title")?.textContent).toBe("Query error");
		expect(box.querySelector(".atlas-query-error-message")?.textContent).toBe('Unknown filter "stag:" at column 5. Did you mean "stage:"?');
		expect(box.querySelector(".atlas-query-error-source")?.textContent).toBe("#rl stag:rl\n    ^^^^^");
		expect(rendered.query).toBeNull();
	});

	it("phrases the error in Chinese", () => {
		const { container } = render("(#rl", "zh");
		expect(container.querySelector(".atlas-query-error-message")?.textContent).toBe("左括号“(”没有闭合（第 1 列） — 请补上“)”");
	});

	it("renders explain above the results", () => {
		const { container } = render("is:starred\nexplain");
		const explain = container.querySelector(".atlas-query-explain pre")!;
		expect(explain.textContent).toContain("Starred");
		expect(explain.textContent).toContain("2 entries match");
		expect(container.querySelector(".atlas-query")!.firstElementChild?.className).toBe("atlas-query-explain");
	});

	it("replaces what was there before", () => {
		const { container } = render("verl");
		renderQueryBlock(container, "stag:x", index.snapshot(), { i18n: translator("en"), vocabulary, openNote: () => undefined });
		expect(container.querySelectorAll(".atlas-query")).toHaveLength(1);
		expect(container.querySelector(".atlas-query-item")).toBeNull();
	});
});

describe("hostile notes", () => {
	it("renders names, tags and summaries as text and never links unsafe URLs", () => {
		const hostile = buildIndex([
			[
				"Frameworks/evil.md",
				[
					"---",
					"tags: [framework, '<b>x</b>']",
					"stage: rl",
					'name: "<img src=x onerror=alert(1)>"',
					'summary: "<script>alert(2)</script>"',
					'repo: "javascript:alert(3)"',
					"---",
					"",
				].join("\n"),
			],
		]);
		const { container } = render("stage:rl view:cards", "en", hostile.snapshot());
		expect(container.querySelector("img")).toBeNull();
		expect(container.querySelector("script")).toBeNull();
		expect(container.querySelector("b")).toBeNull();
		expect(container.querySelector(".atlas-query-link")?.textContent).toBe("<img src=x onerror=alert(1)>");
		expect(container.querySelector(".atlas-query-card-summary")?.textContent).toBe("<script>alert(2)</script>");
		expect([...container.querySelectorAll("a")].every((a) => !/^javascript:/i.test(a.getAttribute("href") ?? ""))).toBe(true);
	});
});
