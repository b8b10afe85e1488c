import type { Machine } from "./machine";

/** Files Obsidian writes into a vault's configuration folder the first time it opens the vault. */
const CONFIG_MARKERS = ["app.json", "appearance.json", "core-plugins.json", "community-plugins.json", "workspace.json", "workspace-mobile.json", "plugins"];

export type ConfigDirLookup = { kind: "found"; dir: string } | { kind: "none" } | { kind: "several"; dirs: string[] };

/**
 * The vault's configuration folder, found by what it holds rather than by name: the user may have
 * configured another name (Settings → Files and links → Override config folder), so the CLI, which
 * has no Vault#configDir to ask, looks for the dot-folder holding Obsidian's own files. `requested`
 * (--config-dir) is taken as given when it exists.
 */
export function findConfigDir({ files, paths }: Machine, vault: string, requested?: string): ConfigDirLookup {
	const isFolder = (path: string): boolean => files.kind(path) === "folder";
	if (requested !== undefined) return isFolder(paths.join(vault, requested)) ? { kind: "found", dir: requested } : { kind: "none" };
	let items: string[];
	try {
		items = files.list(vault);
	} catch {
		return { kind: "none" };
	}
	const dirs = items.filter((name) => name.startsWith(".") && isFolder(paths.join(vault, name)) && CONFIG_MARKERS.some((marker) => files.exists(paths.join(vault, name, marker)))).sort();
	if (dirs.length === 0) return { kind: "none" };
	return dirs.length === 1 ? { kind: "found", dir: dirs[0]! } : { kind: "several", dirs };
}

/** A configuration folder is one folder name inside the vault: no separators, not `.` or `..`. */
export function isConfigDirName(name: string): boolean {
	return name !== "" && name !== "." && name !== ".." && !/[\\/]/.test(name) && !name.includes("\0");
}
