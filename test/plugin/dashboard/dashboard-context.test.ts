/**
 * @jest-environment jsdom
 */
/** The dashboard view on a fake AtlasContext: no plugin, no command registry, just what it is given. */
import { Menu, WorkspaceLeaf } from "../../__mocks__/obsidian";
import { DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { DASHBOARD_CARD_MENU } from "../../../src/plugin/dashboard/card-menu";
import { FakeApp } from "../../support/fake-app";
import { fakeContext } from "../../support/fake-context";

const VERL = "---\ntags: [framework]\nstage: rl\nname: veRL\n---\n";

async function open(notes: Record<string, string>) {
	const app = new FakeApp().seed(notes);
	const context = fakeContext({ app, notes: Object.entries(notes), cardMenu: DASHBOARD_CARD_MENU });
	const view = new DashboardView(new WorkspaceLeaf(app) as never, context);
	await view.onOpen();
	return { app, context, view };
}

it("the empty state's create button asks the context to create an entry", async () => {
	const { context, view } = await open({});
	view.contentEl.querySelector<HTMLButtonElement>(".atlas-empty-create")!.click();
	expect(context.calls.createEntry).toEqual([{}]);
});

it("collapsing a stage goes through the settings store, which saves it", async () => {
	const { context, view } = await open({ "Frameworks/veRL.md": VERL });
	view.contentEl.querySelector<HTMLButtonElement>('.atlas-stage[data-stage="rl"] .atlas-stage-header')!.click();
	expect(context.settings.current().collapsedStages).toEqual(["rl"]);
	await new Promise((resolve) => window.setTimeout(resolve, 0));
	expect(context.saved.at(-1)).toMatchObject({ collapsedStages: ["rl"] });
});

it("the card menu's Add source asks the context, and Refresh asks it to re-index", async () => {
	const { context, view } = await open({ "Frameworks/veRL.md": VERL });
	const shown: Menu[] = [];
	const show = jest.spyOn(Menu.prototype, "showAtMouseEvent").mockImplementation(function (this: Menu) {
		shown.push(this);
		return this;
	});
	view.contentEl.querySelector('.atlas-card[data-path="Frameworks/veRL.md"]')!.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	show.mockRestore();
	shown[0]!.items.find((item) => item.title === "Add source to entry")!.callback();
	expect(context.calls.addSource).toEqual(["Frameworks/veRL.md"]);
	view.contentEl.querySelector<HTMLButtonElement>(".atlas-refresh")!.click();
	expect(context.calls.reindex).toBe(1);
	await view.onClose();
});

it("regroups at once when the stage list changes: a new stage, an order, a label", async () => {
	const ray = "---\ntags: [framework]\nstage: scheduling\nname: Ray\n---\n";
	const { context, view } = await open({ "Frameworks/veRL.md": VERL, "Frameworks/Ray.md": ray });
	const sections = () => [...view.contentEl.querySelectorAll<HTMLElement>(".atlas-stage")].map((s) => s.dataset.stage);
	const cardsIn = (stage: string) => [...view.contentEl.querySelectorAll(`.atlas-stage[data-stage="${stage}"] .atlas-card`)].map((c) => c.getAttribute("data-path"));
	expect(cardsIn("uncategorized")).toEqual(["Frameworks/Ray.md"]);
	const scheduling = { id: "scheduling", labels: { zh: "调度", en: "Scheduling" }, aliases: [] };
	await context.settings.update({ stages: [scheduling, ...context.settings.current().stages] });
	await new Promise((resolve) => window.setTimeout(resolve, 0));
	expect(sections()).toEqual(["scheduling", "learning", "pretrain", "finetune", "rl", "deploy", "uncategorized"]);
	expect(cardsIn("scheduling")).toEqual(["Frameworks/Ray.md"]);
	expect(view.contentEl.querySelector('.atlas-stage[data-stage="scheduling"] h2, .atlas-stage[data-stage="scheduling"] .atlas-stage-header')!.textContent).toContain("Scheduling");
	await view.onClose();
});
