import type { AtlasSettings, SettingKey, SettingsPatch } from "./atlas-settings";
import type { LoadedSettings } from "./load-settings";
import { patchSettings } from "./patch-settings";
import { freezeDeep } from "./setting-values";

/** Hears about every update that changed something; may return a promise the update waits for. */
export type SettingsListener = (settings: Readonly<AtlasSettings>, changed: ReadonlySet<SettingKey>) => void | Promise<void>;

export type UpdateResult = { ok: true; changed: SettingKey[] } | { ok: false; rejected: string[] };

/** Writes the whole data.json object (Obsidian's saveData in the plugin). */
export type PersistSettings = (data: Record<string, unknown>) => Promise<void>;

/**
 * The settings of one vault, shared by the plugin (setting tab, dashboard, commands) and the CLI.
 *
 *     const { entryTag } = store.current();
 *     const result = await store.update({ entryTag: "llm" }); // { ok: false, rejected: ["entryTag"] } if invalid
 *     const stop = store.subscribe((settings, changed) => { if (changed.has("entryTag")) … });
 */
export interface SettingsStore {
	/** The settings now: a deeply frozen object that `update` replaces, never mutates. */
	current(): Readonly<AtlasSettings>;
	/**
	 * Validates `patch` with the same validators as the loader; all or nothing. A valid patch is
	 * visible in `current()` at once; the promise resolves once it is saved and every listener has
	 * finished (and rejects if saving or a listener failed). A patch that changes nothing saves nothing.
	 */
	update(patch: SettingsPatch): Promise<UpdateResult>;
	/** Returns the unsubscribe function; call it when the view or feature that listens goes away. */
	subscribe(listener: SettingsListener): () => void;
	/**
	 * Invalid saved values kept in data.json (see `LoadedSettings.kept`) that no update has
	 * replaced yet: the setting tab says so, and saving writes them back.
	 */
	kept(): Readonly<Partial<Record<SettingKey, unknown>>>;
	/**
	 * data.json changed outside this store (another device's sync, the CLI): the settings become
	 * `loaded`'s and listeners hear about every field that differs. Nothing is saved.
	 */
	reload(loaded: LoadedSettings): Promise<void>;
}

/**
 * `persist` is left out where nothing may be written (the CLI reads data.json, never writes it);
 * fields a newer version wrote (`loaded.unknown`) are saved back untouched.
 */
export function createSettingsStore(initial: LoadedSettings, persist?: PersistSettings): SettingsStore {
	let loaded = initial;
	let settings = freezeDeep(loaded.settings);
	let kept = { ...loaded.kept };
	const listeners = new Set<SettingsListener>();
	let saving: Promise<void> = Promise.resolve();
	// Saves run one after another, each writing the settings of its own update, so the last write wins.
	const save = (snapshot: Readonly<AtlasSettings>): Promise<void> => {
		if (!persist) return Promise.resolve();
		const data = { ...loaded.unknown, ...snapshot, ...kept };
		const write = saving.catch(() => undefined).then(() => persist(data));
		saving = write;
		return write;
	};
	const tell = (snapshot: Readonly<AtlasSettings>, changed: ReadonlySet<SettingKey>) => [...listeners].map((listener) => notify(listener, snapshot, changed));
	return {
		current: () => settings,
		async update(patch) {
			const result = patchSettings(settings, patch);
			if (!result.ok) return { ok: false, rejected: result.rejected };
			if (result.changed.length === 0) return { ok: true, changed: [] };
			settings = freezeDeep(result.settings);
			const changed = new Set(result.changed);
			// A field the user has now set no longer needs its invalid saved value kept.
			for (const key of Object.keys(patch) as SettingKey[]) delete kept[key];
			const snapshot = settings;
			await Promise.all([save(snapshot), ...tell(snapshot, changed)]);
			return { ok: true, changed: result.changed };
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => void listeners.delete(listener);
		},
		kept: () => kept,
		async reload(next) {
			const before = settings;
			loaded = next;
			kept = { ...next.kept };
			settings = freezeDeep(next.settings);
			const changed = new Set((Object.keys(settings) as SettingKey[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(settings[key])));
			if (changed.size > 0) await Promise.all(tell(settings, changed));
		},
	};
}

/** A listener that throws must not keep the others from hearing; its error still reaches the caller. */
async function notify(listener: SettingsListener, settings: Readonly<AtlasSettings>, changed: ReadonlySet<SettingKey>): Promise<void> {
	await listener(settings, changed);
}
