import type { AtlasSettings } from "../core/settings/atlas-settings";
import { loadSettings, type LoadedSettings } from "../core/settings/load-settings";
import type { Machine } from "./machine";
import { findConfigDir } from "./vault-config";

const PLUGIN_ID = "framework-atlas";

/**
 * The plugin's settings as saved in the vault (`<config folder>/plugins/framework-atlas/data.json`), read
 * with the plugin's own loader so every command sees what the plugin sees; defaults when the plugin
 * never saved any or the file is not JSON. Only `atlas import` writes it (new stages, save-new-stages.ts).
 */
export function readVaultSettings(machine: Machine, vault: string): LoadedSettings {
	const file = pluginDataPath(machine, vault);
	if (file === null || !machine.files.exists(file)) return loadSettings(undefined);
	try {
		return loadSettings(JSON.parse(machine.files.readText(file)));
	} catch {
		return loadSettings(undefined);
	}
}

/** Where the plugin keeps its settings in `vault`: in the configuration folder found by its contents; null without one. */
export function pluginDataPath(machine: Machine, vault: string): string | null {
	const folder = pluginFolder(machine, vault);
	return folder === null ? null : machine.paths.join(folder, "data.json");
}

/** The plugin's folder in the vault's configuration folder (data.json, and repo-facts.json shared with the plugin); null without one. */
export function pluginFolder(machine: Machine, vault: string): string | null {
	const config = findConfigDir(machine, vault);
	return config.kind === "found" ? machine.paths.join(vault, config.dir, "plugins", PLUGIN_ID) : null;
}

/** Shorthand where only the values are needed. */
export function readPluginSettings(machine: Machine, vault: string): AtlasSettings {
	return readVaultSettings(machine, vault).settings;
}

/** The nearest folder above `notePath` that holds an Obsidian config folder, or null. */
export function findVaultRoot(machine: Machine, notePath: string): string | null {
	let folder = machine.paths.dirname(notePath);
	for (;;) {
		if (findConfigDir(machine, folder).kind !== "none") return folder;
		const parent = machine.paths.dirname(folder);
		if (parent === folder) return null;
		folder = parent;
	}
}
