import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The three files Obsidian loads for a plugin (and a release ships). */
export const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"] as const;

/** Inputs whose change makes main.js stale: the sources and what decides how they are bundled. */
const BUILD_INPUTS = ["src", "esbuild.config.mjs", "package-lock.json", "manifest.json"];

/**
 * True when main.js must be (re)built: it is missing, or a build input is newer than it. A package
 * without its build script (only the built files) is taken as it is.
 */
export function needsBuild(packageRoot: string): boolean {
	const bundle = join(packageRoot, "main.js");
	if (!existsSync(join(packageRoot, "esbuild.config.mjs"))) return false;
	if (!existsSync(bundle)) return true;
	const built = statSync(bundle).mtimeMs;
	return BUILD_INPUTS.some((input) => newestChange(join(packageRoot, input)) > built);
}

/** Runs the production build in its own Node process, as `npm run build` does after type-checking. */
export function buildPlugin(packageRoot: string): void {
	execFileSync(process.execPath, [join(packageRoot, "esbuild.config.mjs"), "production"], { cwd: packageRoot, stdio: "pipe" });
}

function newestChange(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const item of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, item)));
	return newest;
}
