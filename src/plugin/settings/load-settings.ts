import { DEFAULT_SETTINGS, SETTINGS_VERSION, type AtlasSettings } from "./atlas-settings";

type Validator<T> = (value: unknown) => value is T;

const isString = (v: unknown): v is string => typeof v === "string";
const isNonEmptyTag = (v: unknown): v is string => typeof v === "string" && /^[^\s#,]+$/.test(v.trim());
const oneOf =
	<T extends string>(...options: T[]): Validator<T> =>
	(v: unknown): v is T =>
		typeof v === "string" && (options as string[]).includes(v);
const stringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

const VALIDATORS: { [K in keyof AtlasSettings]: Validator<AtlasSettings[K]> } = {
	settingsVersion: (v): v is number => typeof v === "number",
	entryTag: isNonEmptyTag,
	labelLanguage: oneOf("auto", "zh", "en"),
	dashboardLocation: oneOf("right", "tab"),
	showActivityStrip: (v): v is boolean => typeof v === "boolean",
	collapsedStages: stringList,
	entriesFolder: isString,
	templatePath: isString,
	sourceLineFormat: (v): v is string => typeof v === "string" && v.trim() !== "",
	weekdayLanguage: oneOf("zh", "en"),
	fetchTitles: (v): v is boolean => typeof v === "boolean",
	exportFolder: isString,
};

export interface LoadedSettings {
	settings: AtlasSettings;
	/** Fields that were present but invalid, now back at their defaults. */
	replaced: string[];
	/**
	 * Fields this version does not know (written by a newer version on another device, say).
	 * Saving writes them back untouched, so an older copy of the plugin never erases them.
	 */
	unknown: Record<string, unknown>;
}

/** Left out of `unknown` because a migration has already carried their value over. */
const MIGRATED_FIELDS = new Set(["tag"]);

/**
 * Turns whatever data.json holds (nothing, an older or newer version, hand-edited garbage) into
 * valid settings: each bad or missing field falls back to its default. Never throws, never
 * mutates DEFAULT_SETTINGS, and returns the list of fields that were replaced.
 */
export function loadSettings(stored: unknown): LoadedSettings {
	const source = migrate(isRecord(stored) ? stored : {});
	const settings = structuredCloneDefaults();
	const replaced: string[] = [];
	for (const key of Object.keys(VALIDATORS) as (keyof AtlasSettings)[]) {
		if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
		const value = source[key];
		if (VALIDATORS[key](value)) (settings as unknown as Record<string, unknown>)[key] = copy(value);
		else replaced.push(key);
	}
	// A newer version's number is kept, so that version does not re-run migrations on its own data.
	const storedVersion = source.settingsVersion;
	settings.settingsVersion = typeof storedVersion === "number" && Number.isInteger(storedVersion) && storedVersion > SETTINGS_VERSION ? storedVersion : SETTINGS_VERSION;
	const unknown: Record<string, unknown> = {};
	for (const key of Object.keys(source)) {
		if (Object.prototype.hasOwnProperty.call(VALIDATORS, key) || MIGRATED_FIELDS.has(key) || key === "__proto__") continue;
		unknown[key] = source[key];
	}
	return { settings, replaced, unknown };
}

/** Version 0 (no version field) is the pre-release shape: `tag` instead of `entryTag`. */
function migrate(stored: Record<string, unknown>): Record<string, unknown> {
	const version = typeof stored.settingsVersion === "number" ? stored.settingsVersion : 0;
	const next = { ...stored };
	if (version < 1 && next.entryTag === undefined && next.tag !== undefined) next.entryTag = next.tag;
	return next;
}

function structuredCloneDefaults(): AtlasSettings {
	return { ...DEFAULT_SETTINGS, collapsedStages: [...DEFAULT_SETTINGS.collapsedStages] };
}

function copy<T>(value: T): T {
	return Array.isArray(value) ? ([...value] as T) : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value);
}
