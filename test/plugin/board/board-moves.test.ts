/** @jest-environment jsdom */
import type { App } from "obsidian";
import { Menu, notices } from "../../__mocks__/obsidian";
import FrameworkAtlasPlugin from "../../../src/plugin/main";
import { DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { VIEW_TYPE_DASHBOARD } from "../../../src/plugin/dashboard/dashboard-view-type";
import { StagePicker } from "../../../src/plugin/board/stage-picker";
import { FakeApp } from "../../support/fake-app";
import { sampleVaultNotes } from "../../support/dashboard-notes";

const settle = async (): Promise<void> => {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => window.setTimeout(resolve, 0));
};

const VERL = "Frameworks/veRL.md";

async function openBoard(stored: unknown = null) {
	const app = new FakeApp().seed(Object.fromEntries(sampleVaultNotes()));
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
	const mock = plugin as unknown as { commands: { id: string; callback: () => void }[]; data: unknown };
	mock.data = stored;
	plugin.load();
	await settle();
	app.workspace.finishLayout();
	await settle();
	mock.commands.find((c) => c.id === "open-dashboard")!.callback();
	await settle();
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)[0]!.view as DashboardView;
	showWholeColumns(view.contentEl);
	return { app, plugin, view, root: view.contentEl };
}

/** A board column draws its first eight cards; the sample's RL column has ten (veRL is the ninth), so
 * its "show more" is pressed, as the lazy loader does when the reader scrolls there. */
function showWholeColumns(root: HTMLElement): void {
	for (const more of root.querySelectorAll<HTMLButtonElement>(".atlas-show-more")) if (!more.hidden) more.click();
}

const column = (root: HTMLElement, stage: string) => root.querySelector<HTMLElement>(`.atlas-stage[data-stage="${stage}"]`)!;
const card = (root: HTMLElement, path: string) => root.querySelector<HTMLElement>(`.atlas-card[data-path="${path}"]`)!;
const stageOfCard = (root: HTMLElement, path: string) => card(root, path).closest<HTMLElement>(".atlas-stage")!.dataset.stage;

function drag(from: HTMLElement, to: HTMLElement): void {
	from.dispatchEvent(new Event("dragstart", { bubbles: true }));
	to.dispatchEvent(new Event("dragover", { bubbles: true, cancelable: true }));
	to.dispatchEvent(new Event("drop", { bubbles: true, cancelable: true }));
	from.dispatchEvent(new Event("dragend", { bubbles: true }));
}

beforeEach(() => notices.splice(0));

describe("board layout", () => {
	it("switches List / Board and remembers it across restarts", async () => {
		const { plugin, root } = await openBoard();
		expect(root.querySelector(".atlas-dashboard-body")!.classList.contains("atlas-layout-list")).toBe(true);
		root.querySelector<HTMLButtonElement>(".atlas-layout-toggle")!.click();
		await settle();
		expect(root.querySelector(".atlas-dashboard-body")!.classList.contains("atlas-layout-board")).toBe(true);
		expect(plugin.settings.dashboardLayout).toBe("board");
		const reopened = await openBoard({ dashboardLayout: "board" });
		expect(reopened.root.querySelector(".atlas-dashboard-body")!.classList.contains("atlas-layout-board")).toBe(true);
		expect(reopened.root.querySelector(".atlas-layout-toggle")!.getAttribute("aria-pressed")).toBe("true");
	});

	it("has one column per stage of the index, in order, empty ones included", async () => {
		const { plugin, root } = await openBoard({ dashboardLayout: "board" });
		const columns = [...root.querySelectorAll<HTMLElement>(".atlas-layout-board > .atlas-stage")].map((c) => c.dataset.stage);
		expect(columns).toEqual(plugin.index.parseOptions().vocabulary.stages.map((s) => s.id));
		expect(card(root, VERL).getAttribute("draggable")).toBe("true");
	});
});

describe("custom stages", () => {
	it("the board has a column per custom stage, and moves follow them", async () => {
		const stages = [
			{ id: "data", labels: { zh: "数据", en: "Data" }, aliases: [] },
			{ id: "rl", labels: { zh: "强化学习", en: "Reinforcement learning" }, aliases: [] },
			{ id: "deploy", labels: { zh: "部署", en: "Deployment" }, aliases: [] },
		];
		const { app, root } = await openBoard({ dashboardLayout: "board", stages });
		const columns = [...root.querySelectorAll<HTMLElement>(".atlas-layout-board > .atlas-stage")].map((c) => c.dataset.stage);
		expect(columns).toEqual(["data", "rl", "deploy", "uncategorized"]);
		drag(card(root, VERL), column(root, "data"));
		await settle();
		expect(app.vault.text(VERL)).toContain("\nstage: data\n");
		expect(stageOfCard(root, VERL)).toBe("data");
	});
});

describe("moving an entry", () => {
	it("a drop on another column rewrites only the stage line, through Vault.process, and redraws", async () => {
		const { app, root } = await openBoard({ dashboardLayout: "board" });
		const before = app.vault.text(VERL);
		const process = jest.spyOn(app.vault, "process");
		drag(card(root, VERL), column(root, "deploy"));
		await settle();
		expect(process).toHaveBeenCalledTimes(1);
		expect(app.vault.text(VERL)).toBe(before.replace("\nstage: rl\n", "\nstage: deploy\n"));
		expect(stageOfCard(root, VERL)).toBe("deploy");
		expect(notices).toEqual(["Moved veRL to Deployment — Undo"]);
	});

	it("a drop on the card's own column changes nothing", async () => {
		const { app, root } = await openBoard({ dashboardLayout: "board" });
		const process = jest.spyOn(app.vault, "process");
		drag(card(root, VERL), column(root, "rl"));
		await settle();
		expect(process).not.toHaveBeenCalled();
	});

	it("Alt+→ moves the focused card to the next stage and keeps it focused; Ctrl+Z undoes it byte for byte", async () => {
		const { app, root, view } = await openBoard();
		document.body.append(view.containerEl);
		const before = app.vault.text(VERL);
		card(root, VERL).focus();
		expect(document.activeElement).toBe(card(root, VERL));
		card(root, VERL).dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", altKey: true, bubbles: true, cancelable: true }));
		await settle();
		expect(stageOfCard(root, VERL)).toBe("deploy");
		expect(document.activeElement).toBe(card(root, VERL));
		card(root, VERL).dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true, bubbles: true, cancelable: true }));
		await settle();
		expect(app.vault.text(VERL)).toBe(before);
		expect(stageOfCard(root, VERL)).toBe("rl");
		expect(notices.at(-1)).toBe("Moved veRL back to Reinforcement learning");
		view.containerEl.remove();
	});

	it("Alt+← at the first stage does nothing", async () => {
		const { app, root } = await openBoard();
		const learning = [...column(root, "learning").querySelectorAll<HTMLElement>(".atlas-card")][0]!;
		const process = jest.spyOn(app.vault, "process");
		learning.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", altKey: true, bubbles: true, cancelable: true }));
		await settle();
		expect(process).not.toHaveBeenCalled();
	});

	it("after an edit in between, undo says so and keeps the edit", async () => {
		const { app, root } = await openBoard({ dashboardLayout: "board" });
		const before = app.vault.text(VERL);
		drag(card(root, VERL), column(root, "finetune"));
		await settle();
		const moved = app.vault.text(VERL);
		expect(moved).toBe(before.replace("\nstage: rl\n", "\nstage: finetune\n"));
		await app.vault.modify(app.vault.getFileByPath(VERL)!, moved.replace("starred: true", "starred: false"));
		await settle();
		card(root, VERL).dispatchEvent(new KeyboardEvent("keydown", { key: "z", metaKey: true, bubbles: true, cancelable: true }));
		await settle();
		expect(app.vault.text(VERL)).toBe(moved.replace("starred: true", "starred: false"));
		expect(notices.at(-1)).toBe("veRL was edited after the move; nothing was undone.");
	});

	it("the card menu's Move to stage… lists the index's stages and moves to the one picked", async () => {
		const { app, root } = await openBoard();
		const shown: Menu[] = [];
		const show = jest.spyOn(Menu.prototype, "showAtMouseEvent").mockImplementation(function (this: Menu) {
			shown.push(this);
			return this;
		});
		const pickers: StagePicker[] = [];
		const open = jest.spyOn(StagePicker.prototype, "open").mockImplementation(function (this: StagePicker) {
			pickers.push(this);
		});
		card(root, VERL).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		show.mockRestore();
		shown[0]!.items.find((i) => i.title === "Move to stage…")!.callback();
		open.mockRestore();
		const picker = pickers[0]!;
		const suggestions = picker.getSuggestions("");
		expect(suggestions.map((s) => s.id)).toEqual(["learning", "pretrain", "finetune", "rl", "deploy", "uncategorized"]);
		expect(picker.getSuggestions("推理").map((s) => s.id)).toEqual(["deploy"]);
		picker.onChooseSuggestion(picker.getSuggestions("pretrain")[0]!);
		await settle();
		expect(app.vault.text(VERL)).toContain("\nstage: pretrain\n");
		expect(stageOfCard(root, VERL)).toBe("pretrain");
	});

	it("Ctrl+Z in the filter box is left to the text field", async () => {
		const { app, root } = await openBoard();
		const process = jest.spyOn(app.vault, "process");
		const input = root.querySelector<HTMLInputElement>(".atlas-filter-input")!;
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true, bubbles: true, cancelable: true }));
		await settle();
		expect(process).not.toHaveBeenCalled();
		expect(notices).toEqual([]);
	});
});
