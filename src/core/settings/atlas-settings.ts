import { DEFAULT_SOURCE_LINE_FORMAT } from "../sources/source-line-format";
import { DEFAULT_STAGE_LIST } from "../stages/stage-list";
import type { Language, StageDefinition } from "../stages/stage-vocabulary";

export type LabelLanguageSetting = "auto" | Language;
export type DashboardLocation = "right" | "tab";

/**
 * Everything the plugin stores in data.json; the CLI reads the same file. To add a setting: a field
 * here, its default in DEFAULT_SETTINGS and its validator in SETTING_VALIDATORS (the compiler asks
 * for both). Values must survive JSON (data.json). Bump SETTINGS_VERSION and add a step to
 * `migrate` only when an existing field changes meaning or name.
 */
export interface AtlasSettings {
	settingsVersion: number;
	/** Notes tagged with this (or `<tag>/<stage>`) are framework entries. */
	entryTag: string;
	/** "auto" follows Obsidian's language (any zh* → 中文). */
	labelLanguage: LabelLanguageSetting;
	dashboardLocation: DashboardLocation;
	/** Stage ids whose dashboard section is collapsed. */
	collapsedStages: string[];
	/** Where "New framework entry" creates notes. */
	entriesFolder: string;
	/** A vault note used as the entry template; empty for the built-in one. */
	templatePath: string;
	/** Format of inserted dated source lines; tokens YYYY MM DD HH mm ss dddd, plus {title} and {url}. */
	sourceLineFormat: string;
	/** Language of the weekday stored in dated source lines (English by default, whatever the UI language). */
	weekdayLanguage: Language;
	/** Fetch page titles for pasted URLs (network use, off by default). */
	fetchTitles: boolean;
	/** Where "Export catalogue" writes inside the vault. */
	exportFolder: string;
	/**
	 * The user's stages in dashboard order (Uncategorized is not in the list: it is always added
	 * last). Ids are ASCII slugs that notes name in `stage:`; labels and aliases may change freely.
	 */
	stages: StageDefinition[];
}

export type SettingKey = keyof AtlasSettings;

/** What callers may change; the version is the loader's business. */
export type SettingsPatch = Partial<Omit<AtlasSettings, "settingsVersion">>;

/** 2: the stage list became a setting (`stages`). */
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Readonly<AtlasSettings> = Object.freeze({
	settingsVersion: SETTINGS_VERSION,
	entryTag: "framework",
	labelLanguage: "auto",
	dashboardLocation: "right",
	collapsedStages: [],
	entriesFolder: "Frameworks",
	templatePath: "",
	sourceLineFormat: DEFAULT_SOURCE_LINE_FORMAT,
	weekdayLanguage: "en",
	fetchTitles: false,
	exportFolder: "Atlas exports",
	stages: DEFAULT_STAGE_LIST.map((stage) => ({ ...stage, labels: { ...stage.labels }, aliases: [...stage.aliases] })),
});
