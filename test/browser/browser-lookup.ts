/**
 * Which Chromium the browser tests drive, looked for in this order:
 *   1. ATLAS_CHROMIUM, a path (an explicit choice: if nothing is there, that is the answer, not a fallback);
 *   2. the system's Chromium or Chrome (skipped with ATLAS_SYSTEM_BROWSER=0);
 *   3. the Chromium shipped inside the npm devDependency @sparticuz/chromium (skipped with ATLAS_NPM_BROWSER=0).
 * Everything the lookup touches comes in through `BrowserLookup`, so tests can give it a made-up machine.
 */
import path from "node:path";

export interface FoundBrowser {
	executablePath: string;
	/** Where it was found, for messages: "ATLAS_CHROMIUM", "system" or "npm". */
	source: "ATLAS_CHROMIUM" | "system" | "npm";
	/** Environment for the browser process (the npm build brings its own NSS libraries). */
	env?: Record<string, string>;
}

/** The npm build, or why there is none here ("not installed …", "only for Linux x64 …", an unpack error). */
export type NpmBrowserResult = FoundBrowser | { missing: string };

export interface BrowserLookup {
	env: Record<string, string | undefined>;
	platform: NodeJS.Platform;
	exists(file: string): boolean;
	npmBrowser(): NpmBrowserResult;
}

/** Thrown (the same text for every suite) when no browser could be found. It has no stack: a trace into the
 * harness would only hide what to do, and jest prints an error without one as its message alone. */
export class BrowserNotFoundError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "BrowserNotFoundError";
		this.stack = "";
	}
}

export const NPM_BROWSER_PACKAGE = "@sparticuz/chromium";
const LINUX_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

const LINUX_PATHS = [...LINUX_NAMES.map((name) => `/usr/bin/${name}`), "/snap/bin/chromium"];

/** The standard places of a system Chromium or Chrome on this platform, most likely first (on Linux, then
 * the same names anywhere on PATH). */
export function systemBrowserPaths(platform: NodeJS.Platform, env: BrowserLookup["env"]): string[] {
	if (platform === "darwin") {
		const apps = ["Chromium.app/Contents/MacOS/Chromium", "Google Chrome.app/Contents/MacOS/Google Chrome"];
		const home = env.HOME ? [path.posix.join(env.HOME, "Applications")] : [];
		return ["/Applications", ...home].flatMap((dir) => apps.map((app) => path.posix.join(dir, app)));
	}
	if (platform === "win32") {
		const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
		const apps = ["Google\\Chrome\\Application\\chrome.exe", "Chromium\\Application\\chrome.exe"];
		return roots.flatMap((root) => apps.map((app) => path.win32.join(root, app)));
	}
	const onPath = (env.PATH ?? "").split(":").filter((dir) => dir.startsWith("/")).flatMap((dir) => LINUX_NAMES.map((name) => path.posix.join(dir, name)));
	return [...new Set([...LINUX_PATHS, ...onPath])];
}

/** What the system lookup covered, short enough for the message (PATH under npm is long). */
function describeSystemLookup(platform: NodeJS.Platform, env: BrowserLookup["env"]): string {
	if (platform === "darwin" || platform === "win32") return systemBrowserPaths(platform, env).join(", ");
	return `${LINUX_PATHS.join(", ")}, or ${LINUX_NAMES.join("/")} on PATH`;
}

/** Synchronous, so a test file can run it while it loads (see requireBrowser in harness.ts). */
export function findBrowser(lookup: BrowserLookup): FoundBrowser {
	const explicit = lookup.env.ATLAS_CHROMIUM;
	if (explicit) {
		if (lookup.exists(explicit)) return { executablePath: explicit, source: "ATLAS_CHROMIUM" };
		throw new BrowserNotFoundError(`ATLAS_CHROMIUM is set to ${explicit}, but there is no file there. Point it at a Chromium or Chrome executable, or unset it.`);
	}
	const tried: string[] = ["ATLAS_CHROMIUM: not set"];

	if (lookup.env.ATLAS_SYSTEM_BROWSER === "0") tried.push("a system Chromium or Chrome: skipped (ATLAS_SYSTEM_BROWSER=0)");
	else {
		const found = systemBrowserPaths(lookup.platform, lookup.env).find((file) => lookup.exists(file));
		if (found) return { executablePath: found, source: "system" };
		tried.push(`a system Chromium or Chrome: none at ${describeSystemLookup(lookup.platform, lookup.env)}`);
	}

	if (lookup.env.ATLAS_NPM_BROWSER === "0") tried.push(`the Chromium in the npm package ${NPM_BROWSER_PACKAGE}: skipped (ATLAS_NPM_BROWSER=0)`);
	else {
		const npm = lookup.npmBrowser();
		if (!("missing" in npm)) return npm;
		tried.push(`the Chromium in the npm package ${NPM_BROWSER_PACKAGE}: ${npm.missing}`);
	}

	throw new BrowserNotFoundError(
		[
			"No Chromium for the browser tests. Looked for:",
			...tried.map((line) => `  - ${line}`),
			"To provide one: run `npm ci` (on Linux x64 it installs a Chromium with the dev dependencies), or install Chromium or Google Chrome, or set ATLAS_CHROMIUM=/path/to/chromium.",
		].join("\n"),
	);
}
