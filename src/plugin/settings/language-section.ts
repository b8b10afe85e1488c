import { Setting } from "obsidian";
import type { LabelLanguageSetting } from "./atlas-settings";
import { resolveLanguage } from "../language-state";
import type { SettingSection } from "./setting-sections";

const CHOICES: readonly LabelLanguageSetting[] = ["auto", "zh", "en"];

/**
 * "Label language": follow Obsidian / 中文 / English. A change applies at once (saveSettings →
 * LanguageState.apply re-renders open views) and redraws this tab in the new language.
 */
export const languageSection: SettingSection = (container, plugin, redraw) => {
	const { t } = plugin.language.i18n;
	const followed = resolveLanguage("auto") === "zh" ? t("language.optionZh") : t("language.optionEn");
	const labels: Record<LabelLanguageSetting, string> = {
		auto: t("language.optionAuto", { current: followed }),
		zh: t("language.optionZh"),
		en: t("language.optionEn"),
	};
	new Setting(container)
		.setName(t("language.settingName"))
		.setDesc(t("language.settingDesc"))
		.addDropdown((dropdown) => {
			for (const choice of CHOICES) dropdown.addOption(choice, labels[choice]);
			dropdown.setValue(plugin.settings.labelLanguage).onChange(async (value) => {
				if (!isChoice(value)) return;
				plugin.settings.labelLanguage = value;
				await plugin.saveSettings();
				redraw();
			});
		});
};

function isChoice(value: string): value is LabelLanguageSetting {
	return (CHOICES as readonly string[]).includes(value);
}
