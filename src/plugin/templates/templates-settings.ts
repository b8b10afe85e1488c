import { Setting } from "obsidian";
import { PLACEHOLDER_NAMES } from "../../core/templates/placeholders";
import type { SettingSection } from "../settings/setting-sections";

/** Entries folder, template note, dated source format, weekday language, title fetching. */
export const templatesSection: SettingSection = (container, plugin) => {
	const { t } = plugin.language.i18n;
	const save = () => plugin.saveSettings();
	new Setting(container).setName(t("templates.settings.heading")).setHeading();
	new Setting(container)
		.setName(t("templates.settings.entriesFolder"))
		.setDesc(t("templates.settings.entriesFolderDesc"))
		.addText((text) =>
			text.setValue(plugin.settings.entriesFolder).onChange(async (value) => {
				plugin.settings.entriesFolder = value.trim();
				await save();
			}),
		);
	new Setting(container)
		.setName(t("templates.settings.templatePath"))
		.setDesc(t("templates.settings.templatePathDesc", { placeholders: PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join(" ") }))
		.addText((text) =>
			text.setValue(plugin.settings.templatePath).onChange(async (value) => {
				plugin.settings.templatePath = value.trim();
				await save();
			}),
		);
	new Setting(container)
		.setName(t("templates.settings.sourceLineFormat"))
		.setDesc(t("templates.settings.sourceLineFormatDesc"))
		.addText((text) =>
			text.setValue(plugin.settings.sourceLineFormat).onChange(async (value) => {
				// An empty format would write nothing; keep the last usable one.
				if (value.trim() === "") return;
				plugin.settings.sourceLineFormat = value;
				await save();
			}),
		);
	new Setting(container)
		.setName(t("templates.settings.weekdayLanguage"))
		.setDesc(t("templates.settings.weekdayLanguageDesc"))
		.addDropdown((dropdown) =>
			dropdown
				.addOption("en", t("templates.settings.weekdayEnglish"))
				.addOption("zh", t("templates.settings.weekdayChinese"))
				.setValue(plugin.settings.weekdayLanguage)
				.onChange(async (value) => {
					plugin.settings.weekdayLanguage = value === "zh" ? "zh" : "en";
					await save();
				}),
		);
	new Setting(container)
		.setName(t("templates.settings.fetchTitles"))
		.setDesc(t("templates.settings.fetchTitlesDesc"))
		.addToggle((toggle) =>
			toggle.setValue(plugin.settings.fetchTitles).onChange(async (value) => {
				plugin.settings.fetchTitles = value;
				await save();
			}),
		);
};
