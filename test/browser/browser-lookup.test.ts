// The lookup on made-up machines: which browser wins, and what a machine without one is told.
import { BrowserNotFoundError, findBrowser, type BrowserLookup, type NpmBrowserResult } from "./browser-lookup";

const NPM_BUILD: NpmBrowserResult = { executablePath: "/repo/node_modules/.cache/atlas-chromium/147.0.0/chromium", source: "npm", env: { LD_LIBRARY_PATH: "/repo/lib" } };

function machine(files: string[], env: BrowserLookup["env"] = {}, npm: NpmBrowserResult = NPM_BUILD, platform: NodeJS.Platform = "linux") {
	const asked: string[] = [];
	let npmCalls = 0;
	const lookup: BrowserLookup = {
		env,
		platform,
		exists: (file) => {
			asked.push(file);
			return files.includes(file);
		},
		npmBrowser: () => {
			npmCalls++;
			return npm;
		},
	};
	return { lookup, asked, npmCalls: () => npmCalls };
}

function failure(lookup: BrowserLookup): BrowserNotFoundError {
	try {
		findBrowser(lookup);
	} catch (error) {
		expect(error).toBeInstanceOf(BrowserNotFoundError);
		return error as BrowserNotFoundError;
	}
	throw new Error("findBrowser found a browser");
}

describe("findBrowser", () => {
	it("takes ATLAS_CHROMIUM first, even when a system browser exists", () => {
		const { lookup, npmCalls } = machine(["/opt/chrome/chrome", "/usr/bin/chromium"], { ATLAS_CHROMIUM: "/opt/chrome/chrome" });
		expect(findBrowser(lookup)).toEqual({ executablePath: "/opt/chrome/chrome", source: "ATLAS_CHROMIUM" });
		expect(npmCalls()).toBe(0);
	});

	it("does not fall back when ATLAS_CHROMIUM names a missing file: the explicit choice is the answer", () => {
		const { lookup } = machine(["/usr/bin/chromium"], { ATLAS_CHROMIUM: "/nowhere/chrome" });
		expect((failure(lookup)).message).toBe("ATLAS_CHROMIUM is set to /nowhere/chrome, but there is no file there. Point it at a Chromium or Chrome executable, or unset it.");
	});

	it("then the system's browser, in the order chromium, chromium-browser, google-chrome", () => {
		expect((findBrowser(machine(["/usr/bin/google-chrome", "/usr/bin/chromium-browser"]).lookup)).executablePath).toBe("/usr/bin/chromium-browser");
		const { lookup, npmCalls } = machine(["/usr/bin/chromium"]);
		expect(findBrowser(lookup)).toEqual({ executablePath: "/usr/bin/chromium", source: "system" });
		expect(npmCalls()).toBe(0);
	});

	it("finds a system browser elsewhere on PATH", () => {
		const { lookup } = machine(["/home/me/bin/google-chrome-stable"], { PATH: "/home/me/bin:relative/bin:/usr/local/bin" });
		expect((findBrowser(lookup)).executablePath).toBe("/home/me/bin/google-chrome-stable");
	});

	it("knows the standard macOS and Windows places", () => {
		const mac = machine(["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"], { HOME: "/Users/me" }, { missing: "x" }, "darwin");
		expect((findBrowser(mac.lookup)).executablePath).toBe("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
		const windowsEnv = { PROGRAMFILES: "C:\\Program Files", LOCALAPPDATA: "C:\\Users\\me\\AppData\\Local" };
		const win = machine(["C:\\Users\\me\\AppData\\Local\\Chromium\\Application\\chrome.exe"], windowsEnv, { missing: "x" }, "win32");
		expect((findBrowser(win.lookup)).executablePath).toBe("C:\\Users\\me\\AppData\\Local\\Chromium\\Application\\chrome.exe");
		expect(win.asked).toContain("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");
	});

	it("then the npm-shipped build, with its environment", () => {
		expect(findBrowser(machine([]).lookup)).toEqual(NPM_BUILD);
	});

	it("skips the system lookup with ATLAS_SYSTEM_BROWSER=0", () => {
		const { lookup, asked } = machine(["/usr/bin/chromium"], { ATLAS_SYSTEM_BROWSER: "0" });
		expect(findBrowser(lookup)).toEqual(NPM_BUILD);
		expect(asked).toEqual([]);
	});

	it("tells a machine with no browser what was looked for and how to provide one", () => {
		const { message } = failure(machine([], { PATH: "/usr/local/bin" }, { missing: "not installed in /repo/node_modules" }).lookup);
		expect(message.split("\n")).toEqual([
			"No Chromium for the browser tests. Looked for:",
			"  - ATLAS_CHROMIUM: not set",
			"  - a system Chromium or Chrome: none at /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, /usr/bin/google-chrome-stable, /snap/bin/chromium, or chromium/chromium-browser/google-chrome/google-chrome-stable on PATH",
			"  - the Chromium in the npm package @sparticuz/chromium: not installed in /repo/node_modules",
			"To provide one: run `npm ci` (on Linux x64 it installs a Chromium with the dev dependencies), or install Chromium or Google Chrome, or set ATLAS_CHROMIUM=/path/to/chromium.",
		]);
	});

	it("says which lookups were switched off", () => {
		const { message } = failure(machine(["/usr/bin/chromium"], { ATLAS_SYSTEM_BROWSER: "0", ATLAS_NPM_BROWSER: "0" }).lookup);
		expect(message).toContain("a system Chromium or Chrome: skipped (ATLAS_SYSTEM_BROWSER=0)");
		expect(message).toContain("@sparticuz/chromium: skipped (ATLAS_NPM_BROWSER=0)");
	});

	it("carries a stack that is only the message, so jest prints no trace into the harness", () => {
		const error = failure(machine([], {}, { missing: "it holds a build for Linux x64 only, and this is linux arm64" }).lookup);
		expect(error.stack).toBe("");
		expect(error.message).toContain("linux arm64");
	});
});
