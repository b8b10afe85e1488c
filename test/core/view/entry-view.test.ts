/** @jest-environment jsdom */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readVaultNotes } from "../../../node/vault-files";
import { exportCatalogue } from "../../../src/core/export/catalogue-export";
import { buildIndex } from "../../../src/core/index/build-index";
import { entryView } from "../../../src/core/view/entry-view";
import { catalogueLabels } from "../../../src/i18n/catalogue-labels";
import { translator } from "../../../src/i18n/translator";
import { DashboardRenderer } from "../../../src/render/dashboard/dashboard-renderer";
import { renderQueryBlock } from "../../../src/render/query-results/render-query-block";
import { cli } from "../../support/run-cli-capture";

// A real-shaped note whose facts are easy to get wrong: the newest source is not the first line,
// the repo URL has `.git/`, the summary exists only in Chinese and the parent is a wikilink.
const NOTE = `---
tags: [framework, rl/ppo]
stage: rl
name: OpenRLHF
name_zh: OpenRLHF 强化学习框架
repo: https://github.com/OpenRLHF/OpenRLHF.git/
based_on: "[[veRL]]"
summary_zh: 基于 Ray 的高性能 RLHF 框架。
---

## Sources

2025-06-30 10:00:00 Monday 首次发布 https://github.com/OpenRLHF/OpenRLHF/releases/tag/v0.1
2025-08-15 09:30:12 Friday v0.8 发布 https://github.com/OpenRLHF/OpenRLHF/releases/tag/v0.8
2025-07-01 08:00:00 Tuesday 论文 https://arxiv.org/abs/2405.11143
`;
const PARENT = "---\ntags: [framework]\nstage: rl\nname: veRL\n---\n";

let vault: string;
beforeAll(() => {
	vault = mkdtempSync(join(tmpdir(), "atlas-view-"));
	mkdirSync(join(vault, "Frameworks"));
	writeFileSync(join(vault, "Frameworks", "OpenRLHF.md"), NOTE);
	writeFileSync(join(vault, "Frameworks", "veRL.md"), PARENT);
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

const snapshotOf = () => buildIndex(readVaultNotes(vault)).snapshot();
const openrlhf = () => snapshotOf().byName.find((e) => e.name === "OpenRLHF")!;

describe("entryView", () => {
	it("derives every shown fact from the note", () => {
		const en = entryView(openrlhf(), "en");
		expect(en.name).toEqual({ text: "OpenRLHF", fallback: false });
		expect(en.summary).toEqual({ text: "基于 Ray 的高性能 RLHF 框架。", fallback: true });
		expect(en.repo).toEqual({ url: "https://github.com/OpenRLHF/OpenRLHF.git/", label: "OpenRLHF/OpenRLHF" });
		expect(en.newest).toEqual({
			source: { date: "2025-08-15T09:30:12", title: "v0.8 发布", url: "https://github.com/OpenRLHF/OpenRLHF/releases/tag/v0.8" },
			dateLabel: "2025-08-15 09:30",
			weekday: "Friday",
		});
		expect(en.sourceCount).toBe(3);
		expect(en.basedOn).toBe("veRL");
	});

	it("follows the language, and is built once per entry and language", () => {
		const entry = openrlhf();
		const zh = entryView(entry, "zh");
		expect(zh.name).toEqual({ text: "OpenRLHF 强化学习框架", fallback: false });
		expect(zh.summary).toEqual({ text: "基于 Ray 的高性能 RLHF 框架。", fallback: false });
		expect(zh.newest?.weekday).toBe("星期五");
		expect(entryView(entry, "zh")).toBe(zh);
		expect(entryView(entry, "en")).not.toBe(zh);
	});

	it("has nothing to show for a note without repo, summary or sources", () => {
		const view = entryView(snapshotOf().byName.find((e) => e.name === "veRL")!, "en");
		expect([view.summary, view.repo, view.newest, view.sourceCount, view.basedOn]).toEqual([null, null, null, 0, null]);
	});
});

describe("every surface shows the view's facts", () => {
	const i18n = translator("en");

	it("dashboard card", () => {
		const container = document.body.appendChild(document.createElement("div"));
		const renderer = new DashboardRenderer(container, { translator: i18n, entryTag: "framework", callbacks: { openNote: () => undefined, toggleLanguage: () => undefined, refresh: () => undefined, collapseChange: () => undefined } });
		renderer.render(snapshotOf());
		const card = container.querySelector('.atlas-card[data-path="Frameworks/OpenRLHF.md"]')!;
		expect(card.querySelector(".atlas-card-repo")?.textContent).toBe("OpenRLHF/OpenRLHF");
		expect(card.querySelector(".atlas-card-source-date")?.textContent).toBe("2025-08-15 09:30");
		expect(card.querySelector(".atlas-card-source-count")?.textContent).toBe("3 sources");
		expect(card.querySelector(".atlas-card-summary-fallback")).not.toBeNull();
		renderer.destroy();
	});

	it.each(["list", "table", "cards"])("query block, view:%s", (view) => {
		const container = document.createElement("div");
		renderQueryBlock(container, `OpenRLHF view:${view}`, snapshotOf(), { i18n, vocabulary: buildIndex([]).parseOptions().vocabulary, openNote: () => undefined });
		expect(container.querySelector(".atlas-query-repo")?.textContent).toBe("OpenRLHF/OpenRLHF");
		if (view !== "list") expect(container.querySelector(".atlas-query-date")?.textContent).toBe("2025-08-15 09:30");
	});

	it("markdown and html export", () => {
		const options = { language: "en" as const, labels: catalogueLabels(i18n, "2026-11-27") };
		expect(exportCatalogue("md", snapshotOf(), options)).toContain("Newest source: 2025-08-15 09:30 [v0.8 发布](https://github.com/OpenRLHF/OpenRLHF/releases/tag/v0.8)");
		expect(exportCatalogue("html", snapshotOf(), options)).toContain('<time datetime="2025-08-15T09:30:12">2025-08-15 09:30</time>');
	});

	it("atlas query, text and JSON", async () => {
		const text = await cli(["query", vault, "OpenRLHF", "--lang", "zh"]);
		expect(text.out).toContain("  OpenRLHF 强化学习框架  https://github.com/OpenRLHF/OpenRLHF.git/  （基于 veRL）\n");
		const json = await cli(["query", vault, "OpenRLHF", "--json"]);
		const [entry] = JSON.parse(json.out).entries;
		expect([entry.repo, entry.basedOn, entry.sources.length]).toEqual(["https://github.com/OpenRLHF/OpenRLHF.git/", "veRL", 3]);
	});
});
