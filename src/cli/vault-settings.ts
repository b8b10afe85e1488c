import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { AtlasSettings } from "../core/settings/atlas-settings";
import { loadSettings, type LoadedSettings } from "../core/settings/load-settings";
import { findConfigDir } from "./vault-config";

const PLUGIN_ID = "framework-atlas";

/**
 * The plugin's settings as saved in the vault (`<config folder>/plugins/framework-atlas/data.json`), read
 * with the plugin's own loader so every command sees what the plugin sees; defaults when the plugin
 * never saved any or the file is not JSON. Only `atlas import` writes it (new stages, save-new-stages.ts).
 */
export function readVaultSettings(vault: string): LoadedSettings {
	const file = pluginDataPath(vault);
	if (file === null || !existsSync(file)) return loadSettings(undefined);
	try {
		return loadSettings(JSON.parse(readFileSync(file, "utf8")));
	} catch {
		return loadSettings(undefined);
	}
}

/** Where the plugin keeps its settings in `vault`: in the configuration folder found by its contents; null without one. */
export function pluginDataPath(vault: string): string | null {
	const folder = pluginFolder(vault);
	return folder === null ? null : join(folder, "data.json");
}

/** The plugin's folder in the vault's configuration folder (data.json, and repo-facts.json shared with the plugin); null without one. */
export function pluginFolder(vault: string): string | null {
	const config = findConfigDir(vault);
	return config.kind === "found" ? join(vault, config.dir, "plugins", PLUGIN_ID) : null;
}

/** Shorthand where only the values are needed. */
export function readPluginSettings(vault: string): AtlasSettings {
	return readVaultSettings(vault).settings;
}

/** The nearest folder above `notePath` that holds an Obsidian config folder, or null. */
export function findVaultRoot(notePath: string): string | null {
	let folder = dirname(notePath);
	for (;;) {
		if (findConfigDir(folder).kind !== "none") return folder;
		const parent = dirname(folder);
		if (parent === folder) return null;
		folder = parent;
	}
}
