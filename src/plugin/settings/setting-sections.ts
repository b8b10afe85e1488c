import { Setting } from "obsidian";
import type FrameworkAtlasPlugin from "../main";
// templates (issue 5)
import { templatesSection } from "../templates/templates-settings";
// dashboard (issue 3)
import { dashboardSettingsSection } from "../dashboard/dashboard-settings";

/** Draws one group of settings; `redraw` re-renders the whole tab (e.g. after the language changes). */
export type SettingSection = (container: HTMLElement, plugin: FrameworkAtlasPlugin, redraw: () => void) => void;

const TAG_PATTERN = /^[^\s#,]+$/;

export const generalSection: SettingSection = (container, plugin) => {
	new Setting(container)
		.setName("Entry tag")
		.setDesc("Notes whose frontmatter tags include this tag (or a nested tag under it) are framework entries.")
		.addText((text) =>
			text.setValue(plugin.settings.entryTag).onChange(async (value) => {
				const tag = value.trim().replace(/^#/, "");
				if (!TAG_PATTERN.test(tag)) return;
				plugin.settings.entryTag = tag;
				await plugin.saveSettings();
				await plugin.reindex();
			}),
		);
};

/** In display order. Features add their section here. */
export const SETTING_SECTIONS: readonly SettingSection[] = [
	generalSection,
	// templates (issue 5)
	templatesSection,
	// dashboard (issue 3)
	dashboardSettingsSection,
];
