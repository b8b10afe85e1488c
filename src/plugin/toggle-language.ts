import type FrameworkAtlasPlugin from "./main";

/** Flips the label language between 中文 and English and persists it; every open view re-renders. */
export async function toggleLabelLanguage(plugin: FrameworkAtlasPlugin): Promise<void> {
	plugin.settings.labelLanguage = plugin.language.language === "zh" ? "en" : "zh";
	await plugin.saveSettings();
}
