import type { Language } from "../../core/stages/stage-vocabulary";

export type LabelLanguageSetting = "auto" | Language;
export type DashboardLocation = "right" | "tab";

/** Everything the plugin stores in data.json. Bump SETTINGS_VERSION and add a migration when the shape changes. */
export interface AtlasSettings {
	settingsVersion: number;
	entryTag: string;
	labelLanguage: LabelLanguageSetting;
	dashboardLocation: DashboardLocation;
	/** Stage ids whose dashboard section is collapsed. */
	collapsedStages: string[];
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<AtlasSettings> = Object.freeze({
	settingsVersion: SETTINGS_VERSION,
	entryTag: "framework",
	labelLanguage: "auto",
	dashboardLocation: "right",
	collapsedStages: [],
});
