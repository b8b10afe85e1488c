import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { AtlasSettings } from "../core/settings/atlas-settings";
import { loadSettings, type LoadedSettings } from "../core/settings/load-settings";

const PLUGIN_ID = "framework-atlas";
const CONFIG_DIR = ".obsidian";

/**
 * The plugin's settings as saved in the vault (`.obsidian/plugins/framework-atlas/data.json`), read
 * with the plugin's own loader so every command sees what the plugin sees; defaults when the plugin
 * never saved any or the file is not JSON. The CLI never writes this file.
 */
export function readVaultSettings(vault: string): LoadedSettings {
	const file = pluginDataPath(vault);
	if (!existsSync(file)) return loadSettings(undefined);
	try {
		return loadSettings(JSON.parse(readFileSync(file, "utf8")));
	} catch {
		return loadSettings(undefined);
	}
}

/** Where the plugin keeps its settings in `vault` (the CLI assumes the default config folder). */
export function pluginDataPath(vault: string): string {
	return join(vault, CONFIG_DIR, "plugins", PLUGIN_ID, "data.json");
}

/** Shorthand where only the values are needed. */
export function readPluginSettings(vault: string): AtlasSettings {
	return readVaultSettings(vault).settings;
}

/** The nearest folder above `notePath` that holds an Obsidian config folder, or null. */
export function findVaultRoot(notePath: string): string | null {
	let folder = dirname(notePath);
	for (;;) {
		if (isDirectory(join(folder, CONFIG_DIR))) return folder;
		const parent = dirname(folder);
		if (parent === folder) return null;
		folder = parent;
	}
}

function isDirectory(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
