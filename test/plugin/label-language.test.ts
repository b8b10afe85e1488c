/** @jest-environment jsdom */
import { DropdownComponent, notices, Setting, type PluginSettingTab } from "../__mocks__/obsidian";
import { loadPluginWithLanguage, runCommand } from "../support/plugin-with-language";
import { englishLeftovers, uiText } from "../support/locale-tables";
import { en } from "../../src/i18n/locales/en";
import { commandName } from "../../src/plugin/command-name";

function settingTab(mock: { settingTabs: PluginSettingTab[] }): PluginSettingTab {
	const tab = mock.settingTabs[0]!;
	tab.display();
	return tab;
}

// Records every Setting that adds a dropdown, so tests can drive it like a user would.
const dropdownSettings = jest.spyOn(Setting.prototype, "addDropdown");

/** The dropdown of the tab's first row (the label language). */
function languageDropdown(tab: PluginSettingTab): DropdownComponent {
	const row = tab.containerEl.querySelector(".setting-item");
	const setting = dropdownSettings.mock.contexts.find((s) => s.settingEl === row);
	if (!setting) throw new Error("the first row has no dropdown");
	return setting.components[0] as DropdownComponent;
}

beforeEach(() => notices.splice(0));

describe("Label language setting", () => {
	it("comes first, with its choices, and the tab is fully Chinese under 中文", async () => {
		const { mock } = await loadPluginWithLanguage("zh");
		const tab = settingTab(mock);
		const rows = [...tab.containerEl.querySelectorAll(".setting-item")];
		expect(rows[0]!.textContent).toContain("界面语言");
		expect(rows[0]!.textContent).toContain("下次加载");
		expect(languageDropdown(tab).options).toEqual({ auto: "跟随 Obsidian（English）", zh: "中文", en: "English" });
		expect(languageDropdown(tab).getValue()).toBe("zh");
		expect(tab.containerEl.textContent).toContain("条目标签");
		expect(englishLeftovers(tab.containerEl.textContent ?? "", ["language", "general"], ["Obsidian", "English"])).toEqual([]);
	});

	it("every section of the tab, whichever feature added it, is Chinese under 中文", async () => {
		const { mock } = await loadPluginWithLanguage("zh");
		const tab = settingTab(mock);
		// Dropdown labels live in components, not in the mock's DOM: read them from there.
		const optionLabels = (dropdownSettings.mock.contexts as Setting[])
			.filter((setting) => tab.containerEl.contains(setting.settingEl))
			.flatMap((setting) => setting.components.filter((c): c is DropdownComponent => c instanceof DropdownComponent))
			.flatMap((dropdown) => Object.values(dropdown.options));
		expect(optionLabels).toContain("中文");
		expect(englishLeftovers([uiText(tab.containerEl), ...optionLabels].join("\n"), Object.keys(en))).toEqual([]);
		// Not vacuous: the English tab is full of the words the check looks for.
		const english = uiText(settingTab((await loadPluginWithLanguage("en")).mock).containerEl);
		expect(englishLeftovers(english, Object.keys(en)).length).toBeGreaterThanOrEqual(3);
	});

	it("is English under English and says command names follow at the next load", async () => {
		const { mock } = await loadPluginWithLanguage("en");
		const tab = settingTab(mock);
		const text = tab.containerEl.textContent ?? "";
		expect(text).toContain("Label language");
		expect(text).toContain("command names follow it the next time Obsidian loads the plugin");
		expect(text).toContain("Entry tag");
		expect(languageDropdown(tab).options.auto).toBe("Follow Obsidian (English)");
	});

	it("names the language 'follow Obsidian' resolves to", async () => {
		const { mock } = await loadPluginWithLanguage("en", { appLanguage: "zh-TW" });
		expect(languageDropdown(settingTab(mock)).options.auto).toBe("Follow Obsidian (中文)");
	});

	it("applies a change at once: persisted, listeners told, tab redrawn in the new language", async () => {
		const { mock, plugin } = await loadPluginWithLanguage("en");
		const heard: string[] = [];
		plugin.language.subscribe((language) => heard.push(language));
		const tab = settingTab(mock);
		await languageDropdown(tab).simulate("zh");
		expect(plugin.language.language).toBe("zh");
		expect(heard).toEqual(["zh"]);
		expect(mock.data).toMatchObject({ labelLanguage: "zh" });
		expect(tab.containerEl.textContent).toContain("界面语言");
		expect(tab.containerEl.textContent).not.toContain("Label language");
		expect(tab.containerEl.querySelectorAll(".setting-item").length).toBeGreaterThanOrEqual(2);
	});

	it("'follow Obsidian' takes the app language at once", async () => {
		const { mock, plugin } = await loadPluginWithLanguage("en", { appLanguage: "zh" });
		await languageDropdown(settingTab(mock)).simulate("auto");
		expect(plugin.language.language).toBe("zh");
		expect(mock.data).toMatchObject({ labelLanguage: "auto" });
	});

	it("ignores a value that is not one of its choices", async () => {
		const { mock, plugin } = await loadPluginWithLanguage("en");
		await languageDropdown(settingTab(mock)).simulate("fr");
		expect(plugin.settings.labelLanguage).toBe("en");
		expect(mock.data).toEqual({ labelLanguage: "en" });
	});
});

describe("Toggle label language command", () => {
	it("is registered without a hotkey and named in the load-time language", async () => {
		const zh = await loadPluginWithLanguage("zh");
		const en = await loadPluginWithLanguage("en");
		const find = (mock: typeof zh.mock) => (mock.commands as { id: string; name: string; hotkeys?: unknown }[]).find((c) => c.id === "toggle-label-language");
		expect(find(zh.mock)).toMatchObject({ name: "切换界面语言" });
		expect(find(en.mock)).toMatchObject({ name: "Toggle label language" });
		expect(find(en.mock)?.hotkeys).toBeUndefined();
		expect(commandName(zh.plugin.context, "language.toggleCommand")).toBe("切换界面语言");
	});

	it("flips 中文 ↔ English, persists it and says so in the new language", async () => {
		const { mock, plugin } = await loadPluginWithLanguage("auto", { appLanguage: "zh-CN" });
		expect(plugin.language.language).toBe("zh");
		await runCommand(mock, "toggle-label-language");
		expect(plugin.language.language).toBe("en");
		expect(mock.data).toMatchObject({ labelLanguage: "en" });
		expect(notices.at(-1)).toBe("Label language: English");
		await runCommand(mock, "toggle-label-language");
		expect(plugin.language.language).toBe("zh");
		expect(mock.data).toMatchObject({ labelLanguage: "zh" });
		expect(notices.at(-1)).toBe("界面语言：中文");
	});

	it("never touches a note", async () => {
		const notes = { "Frameworks/vLLM.md": "---\ntags: [framework]\nstage: deploy\n---\n# vLLM\n" };
		const { app, mock } = await loadPluginWithLanguage("en", { notes });
		const modified: string[] = [];
		app.vault.on("modify", (file: { path: string }) => modified.push(file.path));
		await runCommand(mock, "toggle-label-language");
		await runCommand(mock, "toggle-label-language");
		expect(modified).toEqual([]);
		expect(app.vault.text("Frameworks/vLLM.md")).toBe(notes["Frameworks/vLLM.md"]);
	});
});
