import { Setting } from "obsidian";
import { isValidSetting } from "../../core/settings/setting-validators";
import type { Feature, SettingSection } from "../atlas-context";

/** The entry tag. Saving a new one re-indexes the vault (main.ts listens to the store). */
export const generalSection: SettingSection = (container, context) => {
	const { t } = context.language.i18n;
	const setting = new Setting(container).setName(t("general.entryTagName")).setDesc(t("general.entryTagDesc"));
	setting.addText((text) =>
		text.setValue(context.settings.current().entryTag).onChange(async (value) => {
			const tag = value.trim().replace(/^#/, "");
			const valid = isValidSetting("entryTag", tag);
			setting.setDesc(t(valid ? "general.entryTagDesc" : "general.entryTagInvalid"));
			if (valid) await context.settings.update({ entryTag: tag });
		}),
	);
};

/** Settings of the plugin as a whole, not of one feature. */
export const generalFeature: Feature = { id: "general", settingSection: generalSection };
