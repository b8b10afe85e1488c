import type { AtlasSettings, SettingKey, SettingsPatch } from "./atlas-settings";
import { SETTING_VALIDATORS, isSettingKey } from "./setting-validators";
import { copyValue } from "./setting-values";

export type PatchResult =
	/** `changed` lists the fields whose value differs from before (empty when the patch changed nothing). */
	| { ok: true; settings: AtlasSettings; changed: SettingKey[] }
	/** Nothing was applied: these fields failed their validator (or are not settings one may patch). */
	| { ok: false; rejected: string[] };

/**
 * `current` with `patch` applied, checked field by field with the loader's validators. All or
 * nothing: one invalid field rejects the whole patch. Never mutates `current` or `patch`.
 */
export function patchSettings(current: Readonly<AtlasSettings>, patch: SettingsPatch): PatchResult {
	const rejected: string[] = [];
	const next = copyValue<AtlasSettings>(current);
	const changed: SettingKey[] = [];
	for (const [key, value] of Object.entries(patch)) {
		if (value === undefined) continue;
		if (!isSettingKey(key) || key === "settingsVersion" || !SETTING_VALIDATORS[key](value)) {
			rejected.push(key);
			continue;
		}
		if (sameValue(current[key], value)) continue;
		(next as unknown as Record<string, unknown>)[key] = copyValue(value);
		changed.push(key);
	}
	return rejected.length > 0 ? { ok: false, rejected } : { ok: true, settings: next, changed };
}

/** Values are JSON data, so equal JSON text is equal value (field order is ours, hence stable). */
function sameValue(a: unknown, b: unknown): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}
