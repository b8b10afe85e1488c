/**
 * @jest-environment jsdom
 */
/** The settings tab writes through the settings store: what it refuses, data.json never sees. */
import { DropdownComponent, TextComponent, ToggleComponent, __setLanguage } from "../../__mocks__/obsidian";
import { generalSection } from "../../../src/plugin/settings/general-section";
import { templatesSection } from "../../../src/plugin/templates/templates-settings";
import type { AtlasSettingTab } from "../../../src/plugin/settings/atlas-setting-tab";
import { fakeContext } from "../../support/fake-context";
import { loadPluginWithLanguage, settle } from "../../support/plugin-with-language";

/** Draws `section` and returns its controls in order, with the row each sits in. */
function draw(section: typeof generalSection, context = fakeContext()) {
	const container = document.createElement("div");
	const spies = [TextComponent, ToggleComponent, DropdownComponent].map((c) => jest.spyOn(c.prototype, "onChange"));
	section(container, context, () => undefined);
	const controls = spies.flatMap((spy) => spy.mock.contexts as (TextComponent | ToggleComponent | DropdownComponent)[]);
	for (const spy of spies) spy.mockRestore();
	return { container, context, controls };
}

beforeEach(() => __setLanguage("en"));

describe("entry tag", () => {
	it("saves a cleaned tag, and refuses one with a space, saying so and keeping the old one", async () => {
		const { container, context, controls } = draw(generalSection);
		const input = controls[0] as TextComponent;
		await input.simulate(" #llm ");
		expect(context.settings.current().entryTag).toBe("llm");
		expect(context.saved.at(-1)).toMatchObject({ entryTag: "llm" });
		await input.simulate("two words");
		expect(context.settings.current().entryTag).toBe("llm");
		expect(context.saved).toHaveLength(1);
		expect(container.textContent).toContain("A tag has no spaces, commas or #; the previous tag stays in use.");
		await input.simulate("fw");
		expect(container.textContent).toContain("Notes whose frontmatter tags include this tag");
	});

	it("in the plugin, a new tag from the tab re-indexes the vault before the change is done", async () => {
		const { plugin, mock } = await loadPluginWithLanguage("en", {
			notes: { "a.md": "---\ntags: [framework]\nname: A\n---\n", "b.md": "---\ntags: [fw/rl]\nname: B\n---\n" },
		});
		expect(plugin.index.entries().map((e) => e.name)).toEqual(["A"]);
		const tab = (mock.settingTabs as unknown as AtlasSettingTab[])[0]!;
		const spy = jest.spyOn(TextComponent.prototype, "onChange");
		tab.display();
		const tagInput = spy.mock.contexts[0] as TextComponent;
		spy.mockRestore();
		await tagInput.simulate("fw");
		expect(plugin.index.entries().map((e) => [e.name, e.stage])).toEqual([["B", "rl"]]);
		expect(mock.data).toMatchObject({ entryTag: "fw" });
		await settle();
	});
});

describe("templates", () => {
	it("keeps the last usable source line format when the field is emptied", async () => {
		const { context, controls } = draw(templatesSection, fakeContext({ stored: { sourceLineFormat: "YYYY-MM-DD {url}" } }));
		const [folder, template, format] = controls as TextComponent[];
		await format!.simulate("   ");
		expect(context.settings.current().sourceLineFormat).toBe("YYYY-MM-DD {url}");
		await format!.simulate("YYYY {title}");
		await folder!.simulate(" Research/LLM ");
		await template!.simulate(" Templates/Entry ");
		expect(context.settings.current()).toMatchObject({ sourceLineFormat: "YYYY {title}", entriesFolder: "Research/LLM", templatePath: "Templates/Entry" });
	});

	it("accepts only the two weekday languages, and turns title fetching on", async () => {
		const { context, controls } = draw(templatesSection);
		const weekday = controls.find((c): c is DropdownComponent => c instanceof DropdownComponent)!;
		const fetch = controls.find((c): c is ToggleComponent => c instanceof ToggleComponent)!;
		await weekday.simulate("ja");
		expect(context.settings.current().weekdayLanguage).toBe("en");
		await weekday.simulate("zh");
		await fetch.simulate(true);
		expect(context.settings.current()).toMatchObject({ weekdayLanguage: "zh", fetchTitles: true });
	});
});
