import { Setting } from "obsidian";
import type { SettingSection } from "./setting-sections";

const TAG_PATTERN = /^[^\s#,]+$/;

export const generalSection: SettingSection = (container, plugin) => {
	const { t } = plugin.language.i18n;
	const setting = new Setting(container).setName(t("general.entryTagName")).setDesc(t("general.entryTagDesc"));
	setting.addText((text) =>
		text.setValue(plugin.settings.entryTag).onChange(async (value) => {
			const tag = value.trim().replace(/^#/, "");
			const valid = TAG_PATTERN.test(tag);
			setting.setDesc(t(valid ? "general.entryTagDesc" : "general.entryTagInvalid"));
			if (!valid) return;
			plugin.settings.entryTag = tag;
			await plugin.saveSettings();
			await plugin.reindex();
		}),
	);
};
