/** @jest-environment jsdom */
import { filteredMonth, toggleMonthFilter } from "../../../src/core/views/month-filter";
import { queryFilterCompiler } from "../../../src/render/dashboard/query-filter-compiler";
import { translator } from "../../../src/i18n/translator";
import { StageVocabulary } from "../../../src/core/stages/stage-vocabulary";
import { readVaultNotes } from "../../../node/vault-files";
import { SAMPLE_VAULT } from "../../support/sample-index";
import { mount, typeFilter } from "./dashboard-harness";

const compileFilter = queryFilterCompiler(() => new StageVocabulary(), () => translator("en"));

describe("toggleMonthFilter", () => {
	it("adds a month's bounds, replaces older bounds in any spelling, and a second click removes them", () => {
		expect(toggleMonthFilter("", "2025-07")).toBe("after:2025-07-01 before:2025-08-01");
		expect(toggleMonthFilter("#rl 晚于:2025-01-01 before：2025-02-01", "2025-12")).toBe("#rl after:2025-12-01 before:2026-01-01");
		expect(toggleMonthFilter("#rl after:2025-07-01 before:2025-08-01", "2025-07")).toBe("#rl");
		expect(filteredMonth("#rl after:2025-07-01 before:2025-08-01")).toBe("2025-07");
		expect(filteredMonth("after:2025-07-01 before:2025-09-01")).toBeNull();
	});
});

describe("the dashboard's activity strip", () => {
	const now = () => new Date(2025, 7, 20, 9, 0);

	it("shows the last twelve local months, counts sources per month, and a bar click filters", () => {
		const { root } = mount(readVaultNotes(SAMPLE_VAULT), { activity: { shown: () => true, now }, compileFilter });
		const bars = [...root.querySelectorAll<SVGGElement>(".atlas-activity .atlas-chart-bar")];
		expect(bars.map((b) => b.getAttribute("data-month"))).toEqual(["2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"]);
		expect(bars.map((b) => Number(b.getAttribute("data-count")))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0]);
		bars[9]!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(root.querySelector<HTMLInputElement>(".atlas-filter-input")!.value).toBe("after:2025-06-01 before:2025-07-01");
		expect([...root.querySelectorAll(".atlas-card-name")].map((n) => n.textContent).sort()).toEqual(["信息过载时代，如何真正「懂」LLM？从MIT分享的50个面试题开始", "盘一盘，2017年Transformer之后，LLM领域的重要论文"].sort());
		const selected = root.querySelector(".atlas-activity .is-selected");
		expect(selected?.getAttribute("data-month")).toBe("2025-06");
		root.querySelector(".atlas-activity .is-selected")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(root.querySelector<HTMLInputElement>(".atlas-filter-input")!.value).toBe("");
	});

	it("is keyboard reachable: Enter on a bar filters", () => {
		const { root } = mount(readVaultNotes(SAMPLE_VAULT), { activity: { shown: () => true, now }, compileFilter });
		const bar = root.querySelectorAll<SVGGElement>(".atlas-activity .atlas-chart-bar")[10]!;
		expect(bar.getAttribute("tabindex")).toBe("0");
		bar.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(root.querySelector<HTMLInputElement>(".atlas-filter-input")!.value).toBe("after:2025-07-01 before:2025-08-01");
	});

	it("is absent when the setting hides it", () => {
		const { root } = mount(readVaultNotes(SAMPLE_VAULT), { activity: { shown: () => false, now }, compileFilter });
		expect(root.querySelector(".atlas-activity")).toBeNull();
	});

	it("cards matched through their note text show a snippet, which goes when the filter changes", () => {
		const { root } = mount(readVaultNotes(SAMPLE_VAULT), { compileFilter });
		typeFilter(root, "sglang小组");
		const snippet = root.querySelector(".atlas-card .atlas-card-snippet")!;
		expect(snippet.querySelector("mark")?.textContent).toBe("sglang小组");
		typeFilter(root, "veRL");
		expect(root.querySelector('.atlas-card[data-path="Frameworks/veRL.md"] .atlas-card-snippet')).toBeNull();
	});
});
