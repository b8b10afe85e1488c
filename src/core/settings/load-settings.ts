import { validateStageList } from "../stages/stage-list";
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type AtlasSettings, type SettingKey } from "./atlas-settings";
import { SETTING_VALIDATORS, isSettingKey } from "./setting-validators";
import { copyValue } from "./setting-values";

export interface LoadedSettings {
	settings: AtlasSettings;
	/** Fields that were present but invalid, now back at their defaults. */
	replaced: string[];
	/**
	 * Fields this version does not know (written by a newer version on another device, say).
	 * Saving writes them back untouched, so an older copy of the plugin never erases them.
	 */
	unknown: Record<string, unknown>;
	/**
	 * Invalid values of settings too costly to lose (a hand-edited stage list with one mistake):
	 * the defaults are used meanwhile, and saving writes these back until the user sets the field.
	 */
	kept: Partial<Record<SettingKey, unknown>>;
}

/** Settings whose invalid saved value is kept in data.json rather than replaced by the default. */
const KEPT_WHEN_INVALID: readonly SettingKey[] = ["stages"];

/** Left out of `unknown` because a migration has already carried their value over. */
const MIGRATED_FIELDS = new Set(["tag"]);

/**
 * Turns whatever data.json holds (nothing, an older or newer version, hand-edited garbage) into
 * valid settings: each bad or missing field falls back to its default. Never throws, never
 * mutates DEFAULT_SETTINGS, and returns the list of fields that were replaced.
 */
export function loadSettings(stored: unknown): LoadedSettings {
	const source = migrate(isRecord(stored) ? stored : {});
	const settings = copyValue<AtlasSettings>(DEFAULT_SETTINGS);
	const replaced: string[] = [];
	const kept: LoadedSettings["kept"] = {};
	for (const key of Object.keys(SETTING_VALIDATORS) as SettingKey[]) {
		if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
		const value = source[key];
		if (SETTING_VALIDATORS[key](value)) (settings as unknown as Record<string, unknown>)[key] = copyValue(value);
		else {
			replaced.push(key);
			if (KEPT_WHEN_INVALID.includes(key)) kept[key] = copyValue(value);
		}
	}
	// A newer version's number is kept, so that version does not re-run migrations on its own data.
	const storedVersion = source.settingsVersion;
	settings.settingsVersion = typeof storedVersion === "number" && Number.isInteger(storedVersion) && storedVersion > SETTINGS_VERSION ? storedVersion : SETTINGS_VERSION;
	const unknown: Record<string, unknown> = {};
	for (const key of Object.keys(source)) {
		if (isSettingKey(key) || MIGRATED_FIELDS.has(key) || key === "__proto__") continue;
		unknown[key] = source[key];
	}
	return { settings, replaced, unknown, kept };
}

/**
 * Version 0 (no version field) is the pre-release shape: `tag` instead of `entryTag`.
 * Version 1 had the six stages built in: a vault upgraded from it keeps exactly those (written out
 * as its `stages`), whatever later versions choose as defaults. A stage list is stored cleaned
 * (trimmed labels, a missing label filled from the other language).
 */
function migrate(stored: Record<string, unknown>): Record<string, unknown> {
	const version = typeof stored.settingsVersion === "number" ? stored.settingsVersion : 0;
	const next = { ...stored };
	if (version < 1 && next.entryTag === undefined && next.tag !== undefined) next.entryTag = next.tag;
	if (version < 2 && next.stages === undefined) next.stages = copyValue(VERSION_1_STAGES);
	if (next.stages !== undefined) {
		const stages = validateStageList(next.stages);
		if (stages.ok) next.stages = stages.stages;
	}
	return next;
}

/** The stages version 1 had built in (the defaults of version 2). */
const VERSION_1_STAGES = DEFAULT_SETTINGS.stages;

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value);
}
