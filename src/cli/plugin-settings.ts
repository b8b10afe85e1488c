import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { AtlasSettings } from "../plugin/settings/atlas-settings";
import { loadSettings } from "../plugin/settings/load-settings";
import { findConfigDir } from "./vault-config";

const PLUGIN_ID = "framework-atlas";

/**
 * The plugin's settings as saved in the vault (`<config folder>/plugins/framework-atlas/data.json`),
 * so the CLI creates the same note the command would; defaults when the plugin never saved any.
 */
export function readPluginSettings(vault: string): AtlasSettings {
	const config = findConfigDir(vault);
	const file = config.kind === "found" ? join(vault, config.dir, "plugins", PLUGIN_ID, "data.json") : null;
	if (file === null || !existsSync(file)) return loadSettings(undefined).settings;
	try {
		return loadSettings(JSON.parse(readFileSync(file, "utf8"))).settings;
	} catch {
		return loadSettings(undefined).settings;
	}
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
