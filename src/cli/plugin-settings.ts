import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { AtlasSettings } from "../plugin/settings/atlas-settings";
import { loadSettings } from "../plugin/settings/load-settings";

const PLUGIN_ID = "framework-atlas";
const CONFIG_DIR = ".obsidian";

/**
 * The plugin's settings as saved in the vault (`.obsidian/plugins/framework-atlas/data.json`), so
 * the CLI creates the same note the command would; defaults when the plugin never saved any.
 */
export function readPluginSettings(vault: string): AtlasSettings {
	const file = join(pluginFolder(vault), "data.json");
	if (!existsSync(file)) return loadSettings(undefined).settings;
	try {
		return loadSettings(JSON.parse(readFileSync(file, "utf8"))).settings;
	} catch {
		return loadSettings(undefined).settings;
	}
}

/** The plugin's folder in a vault, where Obsidian keeps its data.json and we keep repo-facts.json. */
export function pluginFolder(vault: string): string {
	return join(vault, CONFIG_DIR, "plugins", PLUGIN_ID);
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
