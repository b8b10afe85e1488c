/** @jest-environment jsdom */
import type { App } from "obsidian";
import FrameworkAtlasPlugin from "../../../src/plugin/main";
import { DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { VIEW_TYPE_DASHBOARD } from "../../../src/plugin/dashboard/dashboard-view-type";
import { openDashboard } from "../../../src/plugin/dashboard/open-dashboard";
import { toggleLabelLanguage } from "../../../src/plugin/toggle-language";
import { FakeApp } from "../../support/fake-app";
import { sampleVaultNotes } from "../../support/dashboard-notes";

const settle = async (): Promise<void> => {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

async function openedDashboard(): Promise<{ plugin: FrameworkAtlasPlugin; view: DashboardView }> {
	const app = new FakeApp().seed(Object.fromEntries(sampleVaultNotes()));
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
	(plugin as unknown as { data: unknown }).data = { labelLanguage: "en" };
	plugin.load();
	await settle();
	app.workspace.finishLayout();
	await settle();
	await openDashboard(plugin.context);
	await settle();
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)[0]!.view;
	if (!(view instanceof DashboardView)) throw new Error("no dashboard");
	return { plugin, view };
}

function type(view: DashboardView, text: string): void {
	const input = view.contentEl.querySelector<HTMLInputElement>(".atlas-filter-input")!;
	input.value = text;
	input.dispatchEvent(new Event("input"));
}

const visibleNames = (view: DashboardView) =>
	[...view.contentEl.querySelectorAll<HTMLElement>(".atlas-card")].filter((card) => !card.hidden && !card.closest("[hidden]")).map((card) => card.dataset.path);
const errorBox = (view: DashboardView) => view.contentEl.querySelector<HTMLElement>(".atlas-filter-error")!;

describe("the dashboard filter box speaks the query language", () => {
	it("filters with tags, stages, Chinese keywords and negation; plain words still work", async () => {
		const { view } = await openedDashboard();
		type(view, "#rl/grpo -based:veRL");
		expect(visibleNames(view).sort()).toEqual(["Frameworks/TRL.md", "Frameworks/veRL.md"]);
		type(view, "是:星标 阶段:强化学习");
		expect(visibleNames(view).sort()).toEqual(["Frameworks/OpenRLHF.md", "Frameworks/veRL.md"]);
		type(view, "vllm");
		expect(visibleNames(view)).toContain("Frameworks/vLLM.md");
		expect(errorBox(view).hidden).toBe(true);
	});

	it("shows the error inline while typing, keeps every card, and re-phrases it on the language toggle", async () => {
		const { plugin, view } = await openedDashboard();
		type(view, "stag:rl");
		expect(errorBox(view).hidden).toBe(false);
		expect(errorBox(view).textContent).toBe('Unknown filter "stag:" at column 1. Did you mean "stage:"?');
		expect(visibleNames(view)).toHaveLength(21);
		await toggleLabelLanguage(plugin.context);
		expect(errorBox(view).textContent).toBe("未知的筛选条件“stag:”（第 1 列） — 你是不是想写“stage:”？");
		type(view, "stage:rl");
		expect(errorBox(view).hidden).toBe(true);
		expect(visibleNames(view)).toHaveLength(10);
	});
});
