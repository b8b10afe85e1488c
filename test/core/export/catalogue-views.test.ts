/** @jest-environment jsdom */
import { exportCatalogue } from "../../../src/core/export/catalogue-export";
import { buildIndex } from "../../../src/core/index/build-index";
import { readVaultNotes } from "../../../node/vault-files";
import { readColumnSpec } from "../../../src/core/views/column-spec";
import { catalogueLabels } from "../../../src/i18n/catalogue-labels";
import { translator } from "../../../src/i18n/translator";
import type { Language } from "../../../src/core/stages/stage-vocabulary";
import { HOSTILE_VAULT, SAMPLE_VAULT } from "../../support/catalogue";

function exported(vault: string, format: "md" | "html", language: Language, matrix: string | null): string {
	const snapshot = buildIndex(readVaultNotes(vault)).snapshot();
	return exportCatalogue(format, snapshot, { language, labels: catalogueLabels(translator(language), "2026-11-27"), matrix: matrix === null ? null : readColumnSpec(matrix) });
}

describe("the matrix in the Markdown catalogue", () => {
	const md = exported(SAMPLE_VAULT, "md", "en", "#rl");
	it("sits under its stage, after the stage's entries, with a count row", () => {
		const rl = md.slice(md.indexOf("## Reinforcement learning"), md.indexOf("## Deployment"));
		expect(rl).toContain(
			["| Name | dpo | grpo | ppo |", "| --- | :-: | :-: | :-: |", "| [TinyZero](https://github.com/Jiayi-Pan/TinyZero) |   |   | ✓ |", "| TRL | ✓ | ✓ | ✓ |", "| [veRL](https://github.com/volcengine/verl) |   | ✓ |   |", "| EasyR1 |   | ✓ |   |", "| **Entries with it** | 1 | 3 | 2 |"].join("\n"),
		);
		expect(rl.indexOf("| Name |")).toBeGreaterThan(rl.indexOf("**TRL**"));
	});
	it("appears only under stages with a ticked entry, and not at all without --matrix", () => {
		expect(md.match(/\| Name \|/g)).toHaveLength(1);
		expect(exported(SAMPLE_VAULT, "md", "en", null)).not.toContain("| Name |");
	});
	it("labels follow the language", () => expect(exported(SAMPLE_VAULT, "md", "zh", "grpo,ppo")).toContain("| 名称 | grpo | ppo |\n"));
});

describe("the html catalogue's matrix and timeline", () => {
	const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
	it("has the matrix table in the RL section and a static SVG chart with a tooltip per bar", () => {
		const doc = parse(exported(SAMPLE_VAULT, "html", "en", "#rl"));
		const table = doc.querySelector("#stage-rl table.atlas-matrix")!;
		expect(Array.from(table.querySelectorAll("thead th")).map((th) => th.textContent)).toEqual(["Name", "dpo", "grpo", "ppo"]);
		const trl = Array.from(table.querySelectorAll("tbody tr")).find((tr) => tr.querySelector("th")?.textContent === "TRL")!;
		expect(Array.from(trl.querySelectorAll("td")).map((td) => td.textContent)).toEqual(["✓", "✓", "✓"]);
		const bars = Array.from(doc.querySelectorAll("svg.atlas-chart > g"));
		expect(bars.map((g) => g.querySelector("title")?.textContent?.split("\n")[0])).toEqual(["2025-06: 2 sources", "2025-07: 1 source"]);
		expect(doc.querySelector(".atlas-legend")?.textContent).toBe("Learning materials");
		expect(doc.querySelectorAll("script")).toHaveLength(0);
	});
	it("hostile names and titles stay text in the matrix and the chart", () => {
		const html = exported(HOSTILE_VAULT, "html", "en", "framework");
		expect(html).not.toMatch(/<img|<svg onload|<script>/i);
		const doc = parse(html);
		expect(doc.querySelector("table.atlas-matrix th[scope=row]")?.textContent).toBe("<img src=x onerror=alert(1)>");
		expect(doc.querySelectorAll("svg *[onload], svg script")).toHaveLength(0);
	});
});
