import { Setting } from "obsidian";
import { PLACEHOLDER_NAMES } from "../../core/templates/placeholders";
import { isValidSetting } from "../../core/settings/setting-validators";
import type { SettingSection } from "../atlas-context";

/** Entries folder, template note, dated source format, weekday language, title fetching. */
export const templatesSection: SettingSection = (container, context) => {
	const { t } = context.language.i18n;
	const { settings } = context;
	new Setting(container).setName(t("templates.settings.heading")).setHeading();
	new Setting(container)
		.setName(t("templates.settings.entriesFolder"))
		.setDesc(t("templates.settings.entriesFolderDesc"))
		.addText((text) =>
			text.setValue(settings.current().entriesFolder).onChange(async (value) => {
				await settings.update({ entriesFolder: value.trim() });
			}),
		);
	new Setting(container)
		.setName(t("templates.settings.templatePath"))
		.setDesc(t("templates.settings.templatePathDesc", { placeholders: PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join(" ") }))
		.addText((text) =>
			text.setValue(settings.current().templatePath).onChange(async (value) => {
				await settings.update({ templatePath: value.trim() });
			}),
		);
	new Setting(container)
		.setName(t("templates.settings.sourceLineFormat"))
		.setDesc(t("templates.settings.sourceLineFormatDesc"))
		.addText((text) =>
			// The store refuses an empty format (it would write nothing); the last usable one stays.
			text.setValue(settings.current().sourceLineFormat).onChange(async (value) => {
				await settings.update({ sourceLineFormat: value });
			}),
		);
	new Setting(container)
		.setName(t("templates.settings.weekdayLanguage"))
		.setDesc(t("templates.settings.weekdayLanguageDesc"))
		.addDropdown((dropdown) =>
			dropdown
				.addOption("en", t("templates.settings.weekdayEnglish"))
				.addOption("zh", t("templates.settings.weekdayChinese"))
				.setValue(settings.current().weekdayLanguage)
				.onChange(async (value) => {
					if (isValidSetting("weekdayLanguage", value)) await settings.update({ weekdayLanguage: value });
				}),
		);
	new Setting(container)
		.setName(t("templates.settings.fetchTitles"))
		.setDesc(t("templates.settings.fetchTitlesDesc"))
		.addToggle((toggle) =>
			toggle.setValue(settings.current().fetchTitles).onChange(async (value) => {
				await settings.update({ fetchTitles: value });
			}),
		);
};
