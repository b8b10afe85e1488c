import { Setting } from "obsidian";
import type { LabelLanguageSetting } from "../../core/settings/atlas-settings";
import { isValidSetting } from "../../core/settings/setting-validators";
import type { SettingSection } from "../atlas-context";
import { resolveLanguage } from "../language-state";

const CHOICES: readonly LabelLanguageSetting[] = ["auto", "zh", "en"];

/**
 * "Label language": follow Obsidian / 中文 / English. A change applies at once (the store's
 * listener in main.ts re-renders open views) and redraws this tab in the new language.
 */
export const languageSection: SettingSection = (container, context, redraw) => {
	const { t } = context.language.i18n;
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
			dropdown.setValue(context.settings.current().labelLanguage).onChange(async (value) => {
				if (!isValidSetting("labelLanguage", value)) return;
				await context.settings.update({ labelLanguage: value });
				redraw();
			});
		});
};
