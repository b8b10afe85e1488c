import { validateStageList } from "../stages/stage-list";
import type { StageDefinition } from "../stages/stage-vocabulary";
import type { AtlasSettings, SettingKey } from "./atlas-settings";

type Validator<T> = (value: unknown) => value is T;

const isString = (v: unknown): v is string => typeof v === "string";
/** One tag word: what Obsidian accepts after `#`, without spaces, `#` or commas. */
const isEntryTag = (v: unknown): v is string => typeof v === "string" && /^[^\s#,]+$/.test(v.trim());
const oneOf =
	<T extends string>(...options: T[]): Validator<T> =>
	(v: unknown): v is T =>
		typeof v === "string" && (options as string[]).includes(v);
const stringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
/** A valid stage list already in its clean form (the loader cleans what data.json holds first). */
const isStageList = (v: unknown): v is StageDefinition[] => {
	const result = validateStageList(v);
	return result.ok && result.stages.every((clean, i) => sameStage(clean, (v as StageDefinition[])[i]!));
};
const sameStage = (a: StageDefinition, b: StageDefinition): boolean =>
	a.id === b.id && a.labels.zh === b.labels.zh && a.labels.en === b.labels.en && a.aliases.length === b.aliases.length && a.aliases.every((alias, i) => alias === b.aliases[i]);

/**
 * The one definition of a valid value per setting. Loading data.json, `SettingsStore.update` (the
 * setting tab, the dashboard) and the CLI's overrides all check through these.
 */
export const SETTING_VALIDATORS: { readonly [K in SettingKey]: Validator<AtlasSettings[K]> } = {
	settingsVersion: (v): v is number => typeof v === "number",
	entryTag: isEntryTag,
	labelLanguage: oneOf("auto", "zh", "en"),
	dashboardLocation: oneOf("right", "tab"),
	collapsedStages: stringList,
	entriesFolder: isString,
	templatePath: isString,
	// An empty format would write nothing: the last usable one is kept.
	sourceLineFormat: (v): v is string => typeof v === "string" && v.trim() !== "",
	weekdayLanguage: oneOf("zh", "en"),
	fetchTitles: (v): v is boolean => typeof v === "boolean",
	exportFolder: isString,
	stages: isStageList,
};

/** For input that arrives as a plain string (a dropdown, a command-line option). */
export function isValidSetting<K extends SettingKey>(key: K, value: unknown): value is AtlasSettings[K] {
	return SETTING_VALIDATORS[key](value);
}

export function isSettingKey(key: string): key is SettingKey {
	return Object.prototype.hasOwnProperty.call(SETTING_VALIDATORS, key);
}
