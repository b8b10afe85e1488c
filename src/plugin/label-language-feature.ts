import { Notice } from "obsidian";
import { commandName } from "./command-name";
import type FrameworkAtlasPlugin from "./main";
import { toggleLabelLanguage } from "./toggle-language";

/** Registers "Toggle label language": flips 中文 ↔ English, persists it and says which is now active. */
export function registerLabelLanguage(plugin: FrameworkAtlasPlugin): void {
	plugin.addCommand({
		id: "toggle-label-language",
		name: commandName(plugin, "language.toggleCommand"),
		callback: async () => {
			await toggleLabelLanguage(plugin);
			const { t, language } = plugin.language.i18n;
			new Notice(t("language.switched", { language: t(language === "zh" ? "language.optionZh" : "language.optionEn") }));
		},
	});
}
