import type { Machine } from "./machine";

/** The three files Obsidian loads for a plugin (and a release ships). */
export const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"] as const;

/** Inputs whose change makes main.js stale: the sources and what decides how they are bundled. */
const BUILD_INPUTS = ["src", "esbuild.config.mjs", "package-lock.json", "manifest.json"];

/**
 * True when main.js must be (re)built: it is missing, or a build input is newer than it. A package
 * without its build script (only the built files) is taken as it is.
 */
export function needsBuild(machine: Machine, packageRoot: string): boolean {
	const { files, paths } = machine;
	const bundle = paths.join(packageRoot, "main.js");
	if (!files.exists(paths.join(packageRoot, "esbuild.config.mjs"))) return false;
	if (!files.exists(bundle)) return true;
	const built = files.stat(bundle).modifiedMs;
	return BUILD_INPUTS.some((input) => newestChange(machine, paths.join(packageRoot, input)) > built);
}

function newestChange(machine: Machine, path: string): number {
	const { files, paths } = machine;
	if (!files.exists(path)) return 0;
	const modified = files.stat(path).modifiedMs;
	if (files.kind(path) !== "folder") return modified;
	let newest = modified;
	for (const item of files.list(path)) newest = Math.max(newest, newestChange(machine, paths.join(path, item)));
	return newest;
}
