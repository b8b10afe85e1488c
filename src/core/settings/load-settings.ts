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
	const settings = copyValue<AtlasSettings>(DEFAULT_SETTINGS);
	const replaced: string[] = [];
	for (const key of Object.keys(SETTING_VALIDATORS) as SettingKey[]) {
		if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
		const value = source[key];
		if (SETTING_VALIDATORS[key](value)) (settings as unknown as Record<string, unknown>)[key] = copyValue(value);
		else replaced.push(key);
	}
	// A newer version's number is kept, so that version does not re-run migrations on its own data.
	const storedVersion = source.settingsVersion;
	settings.settingsVersion = typeof storedVersion === "number" && Number.isInteger(storedVersion) && storedVersion > SETTINGS_VERSION ? storedVersion : SETTINGS_VERSION;
	const unknown: Record<string, unknown> = {};
	for (const key of Object.keys(source)) {
		if (isSettingKey(key) || MIGRATED_FIELDS.has(key) || key === "__proto__") continue;
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

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value);
}
