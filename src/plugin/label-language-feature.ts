import { Notice } from "obsidian";
import type { Feature } from "./atlas-context";
import { commandName } from "./command-name";
import { languageSection } from "./settings/language-section";
import { toggleLabelLanguage } from "./toggle-language";

/** "Toggle label language" (flips 中文 ↔ English, persists it, says which is now active) and its setting. */
export const labelLanguageFeature: Feature = {
	id: "label-language",
	register(plugin, context) {
		plugin.addCommand({
			id: "toggle-label-language",
			name: commandName(context, "language.toggleCommand"),
			callback: async () => {
				await toggleLabelLanguage(context);
				const { t, language } = context.language.i18n;
				new Notice(t("language.switched", { language: t(language === "zh" ? "language.optionZh" : "language.optionEn") }));
			},
		});
	},
	settingSection: languageSection,
};
