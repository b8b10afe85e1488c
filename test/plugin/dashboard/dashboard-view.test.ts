/** @jest-environment jsdom */
import type { App } from "obsidian";
import { DropdownComponent, Menu, WorkspaceLeaf } from "../../__mocks__/obsidian";
import FrameworkAtlasPlugin from "../../../src/plugin/main";
import { DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { VIEW_TYPE_DASHBOARD } from "../../../src/plugin/dashboard/dashboard-view-type";
import { openDashboard } from "../../../src/plugin/dashboard/open-dashboard";
import { dashboardSettingsSection } from "../../../src/plugin/dashboard/dashboard-settings";
import { FakeApp } from "../../support/fake-app";
import { sampleVaultNotes } from "../../support/dashboard-notes";

const settle = async (): Promise<void> => {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

interface Loaded {
	app: FakeApp;
	plugin: FrameworkAtlasPlugin;
	mock: { commands: { id: string; callback: () => void }[]; ribbonIcons: HTMLElement[]; data: unknown };
}

async function loadPlugin(stored: unknown = null): Promise<Loaded> {
	const app = new FakeApp().seed(Object.fromEntries(sampleVaultNotes()));
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
	const mock = plugin as unknown as Loaded["mock"];
	mock.data = stored;
	plugin.load();
	await settle();
	app.workspace.finishLayout();
	await settle();
	return { app, plugin, mock };
}

function dashboards(app: FakeApp): DashboardView[] {
	return app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD).flatMap((leaf) => (leaf.view instanceof DashboardView ? [leaf.view] : []));
}

async function runOpenCommand(mock: Loaded["mock"]): Promise<void> {
	mock.commands.find((c) => c.id === "open-dashboard")!.callback();
	await settle();
}

function cardOf(view: DashboardView, path: string): HTMLElement {
	const card = [...view.contentEl.querySelectorAll<HTMLElement>(".atlas-card")].find((c) => c.dataset.path === path);
	if (!card) throw new Error(`no card ${path}`);
	return card;
}

describe("dashboard view in the plugin", () => {
	it("registers the view once, a ribbon icon and the open-dashboard command", async () => {
		const { app, mock } = await loadPlugin();
		expect(app.workspace.viewCreators.has(VIEW_TYPE_DASHBOARD)).toBe(true);
		expect(mock.commands.filter((c) => c.id === "open-dashboard")).toHaveLength(1);
		expect(mock.ribbonIcons.map((r) => r.getAttribute("aria-label"))).toContain("Open Framework Atlas dashboard");
	});

	it("opens in the right sidebar, then reveals the existing leaf instead of opening another", async () => {
		const { app, mock } = await loadPlugin();
		const right = jest.spyOn(app.workspace, "getRightLeaf");
		const reveal = jest.spyOn(app.workspace, "revealLeaf");
		await runOpenCommand(mock);
		expect(right).toHaveBeenCalledTimes(1);
		expect(dashboards(app)).toHaveLength(1);
		const leaf = app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)[0];
		mock.ribbonIcons[0]!.dispatchEvent(new MouseEvent("click"));
		await runOpenCommand(mock);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)).toEqual([leaf]);
		expect(right).toHaveBeenCalledTimes(1);
		expect(reveal).toHaveBeenLastCalledWith(leaf);
		expect(dashboards(app)[0]!.contentEl.querySelectorAll(".atlas-card")).toHaveLength(21);
	});

	it("opens in a tab when the setting says so", async () => {
		const { app, plugin } = await loadPlugin({ dashboardLocation: "tab" });
		const tab = jest.spyOn(app.workspace, "getLeaf");
		await openDashboard(plugin.context);
		expect(tab).toHaveBeenCalledWith("tab");
		expect(dashboards(app)).toHaveLength(1);
	});

	it("reveals a deferred dashboard leaf without touching its view", async () => {
		const { app, plugin } = await loadPlugin();
		const leaf = new WorkspaceLeaf(app);
		// What Obsidian restores for a background tab: a placeholder view of our type, not our class.
		leaf.view = { getViewType: () => VIEW_TYPE_DASHBOARD };
		app.workspace.leaves.push(leaf);
		const reveal = jest.spyOn(app.workspace, "revealLeaf");
		await openDashboard(plugin.context);
		expect(app.workspace.leaves).toEqual([leaf]);
		expect(reveal).toHaveBeenCalledWith(leaf);
	});

	it("keeps no reference to the view on the plugin", async () => {
		const { app, plugin, mock } = await loadPlugin();
		await runOpenCommand(mock);
		const view = dashboards(app)[0]!;
		const reachable = (value: unknown, depth: number): boolean => {
			if (value === view) return true;
			if (depth === 0 || value === null || typeof value !== "object" || value === app) return false;
			return Object.values(value).some((inner) => reachable(inner, depth - 1));
		};
		expect(reachable(plugin, 3)).toBe(false);
	});

	it("is restored by Obsidian on restart (the type is registered at load)", async () => {
		const { app } = await loadPlugin();
		const leaf = new WorkspaceLeaf(app);
		app.workspace.leaves.push(leaf);
		await leaf.setViewState({ type: VIEW_TYPE_DASHBOARD });
		expect(leaf.view).toBeInstanceOf(DashboardView);
		expect((leaf.view as DashboardView).contentEl.querySelectorAll(".atlas-stage")).toHaveLength(6);
	});
});

describe("a live dashboard", () => {
	it("redraws when a vault note changes, and only that card", async () => {
		const { app, mock } = await loadPlugin();
		await runOpenCommand(mock);
		const view = dashboards(app)[0]!;
		const trl = cardOf(view, "Frameworks/TRL.md");
		const verl = cardOf(view, "Frameworks/veRL.md");
		app.vault.write("Frameworks/veRL.md", app.vault.text("Frameworks/veRL.md").replace("name: veRL", "name: veRL renamed"));
		expect(cardOf(view, "Frameworks/veRL.md")).not.toBe(verl);
		expect(cardOf(view, "Frameworks/veRL.md").querySelector(".atlas-card-name")!.textContent).toBe("veRL renamed");
		expect(cardOf(view, "Frameworks/TRL.md")).toBe(trl);
		await app.vault.delete(app.vault.getFileByPath("Frameworks/TRL.md")!);
		expect(view.contentEl.querySelector('.atlas-card[data-path="Frameworks/TRL.md"]')).toBeNull();
	});

	it("repaints with the new entry tag after the setting changes", async () => {
		const { app, plugin, mock } = await loadPlugin();
		await runOpenCommand(mock);
		const view = dashboards(app)[0]!;
		expect([...cardOf(view, "Frameworks/veRL.md").querySelectorAll(".atlas-tag")].map((t) => t.textContent)).toEqual(["#rl/grpo"]);
		await plugin.context.settings.update({ entryTag: "rl" });
		await settle();
		expect([...cardOf(view, "Frameworks/veRL.md").querySelectorAll(".atlas-tag")].map((t) => t.textContent)).toEqual(["#framework"]);
		expect(view.contentEl.querySelector('.atlas-card[data-path="Frameworks/vLLM.md"]')).toBeNull();
	});

	it("unsubscribes from the index and the language when closed", async () => {
		const { app, plugin, mock } = await loadPlugin();
		const unsubscribed: string[] = [];
		const spy = (target: { subscribe: (listener: never) => () => void }, name: string): void => {
			const original = target.subscribe.bind(target);
			target.subscribe = (listener: never) => {
				const off = original(listener);
				return () => {
					unsubscribed.push(name);
					off();
				};
			};
		};
		spy(plugin.index, "index");
		spy(plugin.language, "language");
		await runOpenCommand(mock);
		const view = dashboards(app)[0]!;
		const render = jest.spyOn(view.contentEl, "appendChild");
		app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)[0]!.detach();
		await settle();
		expect(unsubscribed.sort()).toEqual(["index", "language"]);
		expect(view.contentEl.querySelector(".atlas-dashboard")).toBeNull();
		app.vault.write("Frameworks/veRL.md", app.vault.text("Frameworks/veRL.md") + "\nchanged\n");
		await plugin.context.settings.update({ labelLanguage: "zh" });
		expect(render).not.toHaveBeenCalled();
		expect(view.contentEl.childElementCount).toBe(0);
	});

	it("switches labels with the 中/EN button and persists the choice", async () => {
		const { app, plugin, mock } = await loadPlugin({ labelLanguage: "en" });
		await runOpenCommand(mock);
		const view = dashboards(app)[0]!;
		expect(view.contentEl.querySelector('.atlas-stage[data-stage="rl"] .atlas-stage-label')!.textContent).toBe("Reinforcement learning");
		view.contentEl.querySelector<HTMLButtonElement>(".atlas-lang-toggle")!.click();
		await settle();
		expect(plugin.settings.labelLanguage).toBe("zh");
		expect((mock.data as { labelLanguage: string }).labelLanguage).toBe("zh");
		expect(view.contentEl.querySelector('.atlas-stage[data-stage="rl"] .atlas-stage-label')!.textContent).toBe("强化学习");
	});

	it("opens notes (Ctrl/Cmd in a new tab) and asks Obsidian for a hover preview", async () => {
		const { app, mock } = await loadPlugin();
		await runOpenCommand(mock);
		const view = dashboards(app)[0]!;
		const hovers: unknown[] = [];
		app.workspace.on("hover-link", (info: unknown) => hovers.push(info));
		const card = cardOf(view, "Frameworks/vLLM.md");
		card.click();
		card.dispatchEvent(new MouseEvent("click", { bubbles: true, metaKey: true }));
		expect(app.workspace.openedLinks).toEqual([
			{ linktext: "Frameworks/vLLM.md", sourcePath: "", newLeaf: false },
			{ linktext: "Frameworks/vLLM.md", sourcePath: "", newLeaf: true },
		]);
		card.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toHaveLength(1);
		expect(hovers[0]).toMatchObject({ source: VIEW_TYPE_DASHBOARD, hoverParent: view, targetEl: card, linktext: "Frameworks/vLLM.md" });
	});

	it("offers Open in new tab and Add source in the card menu", async () => {
		const { app, mock } = await loadPlugin();
		await runOpenCommand(mock);
		const shown: Menu[] = [];
		const show = jest.spyOn(Menu.prototype, "showAtMouseEvent").mockImplementation(function (this: Menu) {
			shown.push(this);
			return this;
		});
		cardOf(dashboards(app)[0]!, "Frameworks/SGLang.md").dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		show.mockRestore();
		expect(shown).toHaveLength(1);
		expect(shown[0]!.items.map((i) => i.title)).toEqual(["Open in new tab", "Add source to entry", "Move to stage…"]);
		shown[0]!.items[0]!.callback();
		expect(app.workspace.openedLinks.at(-1)).toEqual({ linktext: "Frameworks/SGLang.md", sourcePath: "", newLeaf: true });
		// "Add source" opens the add-source modal for that card's note, editing nothing yet.
		const before = app.vault.text("Frameworks/SGLang.md");
		shown[0]!.items[1]!.callback();
		expect([...document.body.querySelectorAll("div")].some((el) => el.textContent === "Add source: SGLang")).toBe(true);
		expect(app.vault.text("Frameworks/SGLang.md")).toBe(before);
	});

	it("remembers collapsed stages across views and restarts", async () => {
		const { app, plugin, mock } = await loadPlugin();
		await runOpenCommand(mock);
		dashboards(app)[0]!.contentEl.querySelector<HTMLButtonElement>('.atlas-stage[data-stage="rl"] .atlas-stage-header')!.click();
		await settle();
		expect(plugin.settings.collapsedStages).toEqual(["rl"]);
		expect((mock.data as { collapsedStages: string[] }).collapsedStages).toEqual(["rl"]);
		const restarted = await loadPlugin(mock.data);
		await runOpenCommand(restarted.mock);
		const section = dashboards(restarted.app)[0]!.contentEl.querySelector('.atlas-stage[data-stage="rl"]')!;
		expect(section.classList.contains("is-collapsed")).toBe(true);
		expect(section.querySelectorAll(".atlas-card")).toHaveLength(0);
	});

	it("leaves nothing registered after unload", async () => {
		const { app, plugin, mock } = await loadPlugin();
		await runOpenCommand(mock);
		plugin.unload();
		expect(app.workspace.viewCreators.has(VIEW_TYPE_DASHBOARD)).toBe(false);
	});
});

describe("dashboard setting", () => {
	it("switches between the right sidebar and a tab, and the activity strip on and off", async () => {
		const { plugin, mock } = await loadPlugin();
		// Called through: the real mock setting runs, and the spy remembers which dropdown it was called on.
		const spy = jest.spyOn(DropdownComponent.prototype, "onChange");
		const container = document.createElement("div");
		dashboardSettingsSection(container, plugin.context, () => undefined);
		const dropdowns = spy.mock.contexts as DropdownComponent[];
		spy.mockRestore();
		expect(container.querySelector(".setting-item-heading")!.textContent).toBe("Dashboard");
		const settings = container.querySelectorAll(".setting-item");
		expect(settings).toHaveLength(3);
		expect(dropdowns).toHaveLength(1);
		const dropdown = dropdowns[0]!;
		expect(dropdown.options).toEqual({ right: "Right sidebar", tab: "A new tab" });
		expect(dropdown.getValue()).toBe("right");
		await dropdown.simulate("tab");
		expect(plugin.settings.dashboardLocation).toBe("tab");
		expect((mock.data as { dashboardLocation: string }).dashboardLocation).toBe("tab");
		expect(settings[2]!.textContent).toContain("Activity strip");
		expect(plugin.settings.showActivityStrip).toBe(true);
	});

	it("shows \"Reading notes…\" while the vault is first read, never the empty-vault help, then the cards", async () => {
		const app = new FakeApp().seed(Object.fromEntries(sampleVaultNotes()));
		const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
		plugin.load();
		await settle();
		await openDashboard(plugin.context);
		const [view] = dashboards(app);
		expect(view!.contentEl.querySelector(".atlas-dashboard-loading")?.textContent).toBe("Reading notes…");
		expect(view!.contentEl.querySelector(".atlas-empty")).toBeNull();
		app.workspace.finishLayout();
		await settle();
		expect(view!.contentEl.querySelector(".atlas-dashboard-loading")).toBeNull();
		expect(cardOf(view!, "Frameworks/veRL.md")).toBeDefined();
		plugin.unload();
	});
});

