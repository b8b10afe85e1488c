/**
 * @jest-environment jsdom
 */
/**
 * Obsidian 1.13's declarative settings: the tab's getSettingDefinitions() is what 1.13+ draws and indexes
 * for the settings search (display() is then never called); older apps keep calling display(). Obsidian
 * itself is not here, so `drawDeclarative` does what obsidian.d.ts 1.13 documents for a render
 * definition: a Setting row with the definition's name, handed to `render`; `update()` reads the
 * definitions again and redraws.
 */
import { DropdownComponent, Setting, TextComponent, __setLanguage } from "../../__mocks__/obsidian";
import type { AtlasSettingTab } from "../../../src/plugin/settings/atlas-setting-tab";
import type { SettingDefinitionItem } from "../../../src/plugin/settings/setting-definitions";
import { loadPluginWithLanguage, settle } from "../../support/plugin-with-language";

type Tab = AtlasSettingTab & { update?: () => void };

function drawDeclarative(tab: Tab): SettingDefinitionItem[] {
	const definitions = tab.getSettingDefinitions();
	tab.containerEl.empty();
	for (const definition of definitions) definition.render(new Setting(tab.containerEl).setName(definition.name) as never);
	return definitions;
}

/** The tab as Obsidian 1.13+ runs it: declarative drawing, and update() to redraw. */
async function declarativeTab(language: "en" | "zh") {
	const loaded = await loadPluginWithLanguage(language);
	const tab = (loaded.mock.settingTabs as unknown as Tab[])[0]!;
	const display = jest.spyOn(tab, "display");
	let updates = 0;
	Object.defineProperty(tab, "update", {
		value: () => {
			updates++;
			drawDeclarative(tab);
		},
	});
	return { ...loaded, tab, display, updates: () => updates };
}

function controlOf<C>(tab: Tab, type: new (...args: never[]) => C, row: (text: string) => boolean): C {
	const setting = [...tab.containerEl.querySelectorAll(".setting-item")].find((el) => row(el.querySelector(":scope > .setting-item-name")?.textContent ?? ""));
	if (!setting) throw new Error("no such row");
	const spied = settingsSeen().find((s) => s.settingEl === setting);
	const component = spied?.components.find((c): c is C => c instanceof type);
	if (!component) throw new Error("no such control");
	return component;
}

// Every Setting that got a control, so a test can drive a row's control as a user would.
const spies: jest.SpyInstance[] = [];
const settingsSeen = (): Setting[] => spies.flatMap((spy) => spy.mock.contexts as Setting[]);
beforeAll(() => {
	for (const method of ["addText", "addDropdown", "addToggle", "addButton"] as const) spies.push(jest.spyOn(Setting.prototype, method));
});
afterAll(() => jest.restoreAllMocks());
beforeEach(() => __setLanguage("en"));

describe("settings definitions (Obsidian 1.13+)", () => {
	it("give one row per section, named after its first setting, with every other setting's words as search terms", async () => {
		const { tab } = await declarativeTab("en");
		const definitions = tab.getSettingDefinitions();
		expect(definitions.map((d) => d.name).slice(0, 3)).toEqual(["Label language", "Entry tag", "Stages"]);
		expect(definitions.map((d) => d.name)).toContain("Templates and sources");
		const terms = definitions.flatMap((d) => [d.name, ...(d.aliases ?? [])]);
		// Every row name of the classic tab is findable.
		tab.display();
		const shown = [...tab.containerEl.querySelectorAll(".setting-item-name")].map((el) => el.textContent.trim()).filter((t) => t !== "");
		expect(shown.length).toBeGreaterThan(10);
		for (const name of shown) expect(terms).toContain(name);
		// Descriptions and the stage list's rows (each stage's label) are search terms too.
		expect(terms).toContain("Notes whose frontmatter tags include this tag (or a nested tag under it) are framework entries.");
		expect(terms).toEqual(expect.arrayContaining(["Reinforcement learning", "Deployment"]));
		await settle();
	});

	it("are in the label language, like the classic tab", async () => {
		const { tab } = await declarativeTab("zh");
		const definitions = tab.getSettingDefinitions();
		expect(definitions.map((d) => d.name).slice(0, 3)).toEqual(["界面语言", "条目标签", "阶段"]);
		expect(definitions.flatMap((d) => d.aliases ?? [])).toEqual(expect.arrayContaining(["强化学习", "添加阶段"]));
		await settle();
	});

	it("draw working settings, and a change that alters the tab redraws through update(), never display()", async () => {
		const { tab, display, updates, plugin, mock } = await declarativeTab("en");
		drawDeclarative(tab);
		expect(tab.containerEl.querySelectorAll(".setting-item.atlas-settings-section")).toHaveLength(tab.getSettingDefinitions().length);
		expect(tab.containerEl.textContent).toContain("Entry tag");
		await controlOf(tab, TextComponent, (name) => name === "Entry tag").simulate("fw");
		expect(mock.data).toMatchObject({ entryTag: "fw" });
		await controlOf(tab, DropdownComponent, (name) => name === "Label language").simulate("zh");
		expect(plugin.language.language).toBe("zh");
		expect(updates()).toBe(1);
		expect(display).not.toHaveBeenCalled();
		expect(tab.containerEl.textContent).toContain("界面语言");
		expect(tab.containerEl.textContent).not.toContain("Label language");
		await settle();
	});
});

describe("the classic tab (before Obsidian 1.13)", () => {
	it("redraws through display() when the app has no update()", async () => {
		const { mock, plugin } = await loadPluginWithLanguage("en");
		const tab = (mock.settingTabs as unknown as Tab[])[0]!;
		expect(tab.update).toBeUndefined();
		tab.display();
		const display = jest.spyOn(tab, "display");
		await controlOf(tab, DropdownComponent, (name) => name === "Label language").simulate("zh");
		expect(plugin.language.language).toBe("zh");
		expect(display).toHaveBeenCalledTimes(1);
		expect(tab.containerEl.textContent).toContain("界面语言");
		await settle();
	});
});
