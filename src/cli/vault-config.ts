import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Obsidian's own name for a vault's configuration folder, unless the user picked another. */
export const DEFAULT_CONFIG_DIR = ".obsidian";

/** Files Obsidian writes into a configuration folder the first time it opens a vault. */
const CONFIG_MARKERS = ["app.json", "appearance.json", "core-plugins.json", "community-plugins.json", "workspace.json", "plugins"];

/**
 * The vault's configuration folder: `requested` when given, else the default one if present, else the
 * only other dot-folder holding Obsidian's configuration files (a vault configured to use another name).
 * Null when the folder holds none: it has never been opened in Obsidian.
 */
export function findConfigDir(vault: string, requested?: string): string | null {
	if (requested !== undefined) return isFolder(join(vault, requested)) ? requested : null;
	if (isFolder(join(vault, DEFAULT_CONFIG_DIR))) return DEFAULT_CONFIG_DIR;
	const others = readdirSync(vault, { withFileTypes: true }).filter(
		(item) => item.isDirectory() && item.name.startsWith(".") && CONFIG_MARKERS.some((marker) => existsSync(join(vault, item.name, marker))),
	);
	return others.length === 1 ? others[0]!.name : null;
}

/** A configuration folder is one folder name inside the vault: no separators, not `.` or `..`. */
export function isConfigDirName(name: string): boolean {
	return name !== "" && name !== "." && name !== ".." && !/[\\/]/.test(name) && !name.includes("\0");
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
