import type { AtlasContext } from "./atlas-context";

/** Flips the label language between 中文 and English and persists it; every open view re-renders. */
export async function toggleLabelLanguage(context: Pick<AtlasContext, "language" | "settings">): Promise<void> {
	await context.settings.update({ labelLanguage: context.language.language === "zh" ? "en" : "zh" });
}
