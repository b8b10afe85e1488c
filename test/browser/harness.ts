/**
 * Shared real-browser harness: Chromium (see browser-lookup.ts for which one) driven by playwright-core,
 * pages built in the test by bundling a TS entry with esbuild (like the plugin: browser platform, no fs, no
 * Buffer) and served from a fake origin together with styles.css, a small Obsidian-like theme and the test
 * font (test-font.ts), so screenshots look the same on any machine.
 *
 * Usage (one browser per test file):
 *   const session = await launchBrowser();            // in beforeAll
 *   const view = await session.open({ entry: "test/browser/pages/x.ts", globals: { notes } });
 *   await view.page.click(...); expect(view.consoleErrors).toEqual([]);
 *   await view.screenshot("x-light-en");             // screenshots/x-light-en.png (git-ignored)
 *   await session.close();                            // in afterAll
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import esbuild from "esbuild";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { findBrowser, type FoundBrowser } from "./browser-lookup";
import { npmChromium } from "./npm-chromium";
import { serveTestFont, testFontLoaded } from "./test-font";

// ATLAS_ROOT: the benchmark runs this file from a bundle in a temporary folder, where __dirname is not here.
export const ROOT = process.env.ATLAS_ROOT ?? path.resolve(__dirname, "../..");
export const SCREENSHOT_DIR = path.join(ROOT, "screenshots");
/** Generous per-test timeout for browser tests: launch ≈ 0.2 s, a bundle ≈ 0.3 s, but CI machines are slow.
 * The first launch after `npm ci` may also unpack the npm Chromium (≈ 3 s). */
export const BROWSER_TEST_TIMEOUT = 60_000;

const ORIGIN = "http://atlas.test";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SHIMS = path.join(ROOT, "src/platform-shims");

export type Theme = "light" | "dark";

export interface PageOptions {
	/** TS/JS entry bundled into the page, relative to the repository root or absolute. */
	entry: string;
	/** Values set on `window` before any page script runs (JSON-serialisable), e.g. notes read from disk. */
	globals?: Record<string, unknown>;
	theme?: Theme;
	viewport?: { width: number; height: number };
	/** Extra classes for <body>, e.g. "is-mobile". */
	bodyClasses?: string[];
	/** Extra CSS appended after styles.css (e.g. to mimic a sidebar width). */
	extraCss?: string;
	/** Extra esbuild aliases, e.g. `obsidian` → the behaving mock for pages that build plugin UI. */
	alias?: Record<string, string>;
}

export interface HarnessPage {
	page: Page;
	/** console.error messages and uncaught page errors, in order. */
	consoleErrors: string[];
	/** Messages of every alert/confirm/prompt the page opened (all are dismissed). */
	dialogs: string[];
	/** Switches `body.theme-light` / `body.theme-dark` without reloading. */
	setTheme(theme: Theme): Promise<void>;
	/** Writes screenshots/<name>.png (of `element`, else the full page, else the viewport) and returns the path. */
	screenshot(name: string, element?: string, fullPage?: boolean): Promise<string>;
	close(): Promise<void>;
}

export interface BrowserSession {
	browser: Browser;
	/** The executable in use and where it was found. */
	found: FoundBrowser;
	open(options: PageOptions): Promise<HarnessPage>;
	/** A context for a page the test serves itself: every request it makes is refused unless the test routes
	 * it, except the test font, which it gets like every harness page. */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
	close(): Promise<void>;
}

let lookup: { found: FoundBrowser } | { error: unknown } | undefined;

/**
 * The browser to drive, looked up once per process; throws BrowserNotFoundError when there is none.
 * Every browser test file calls it at its top, while jest loads the file: a machine without a browser then
 * fails each suite once with the same message, instead of a failure per test (or a TypeError from a nested
 * hook that ran after the launch had failed) or a skip.
 */
export function requireBrowser(): FoundBrowser {
	if (!lookup) {
		try {
			lookup = { found: findBrowser({ env: process.env, platform: process.platform, exists: existsSync, npmBrowser: () => npmChromium({ root: ROOT, platform: process.platform, arch: process.arch }) }) };
		} catch (error) {
			lookup = { error };
		}
	}
	if ("error" in lookup) throw lookup.error;
	return lookup.found;
}

export { testFontLoaded };

const bundleCache = new Map<string, Promise<string>>();

/** Bundles an entry for the browser the way esbuild.config.mjs bundles the plugin (cached per entry and aliases). */
export function bundleEntry(entry: string, alias: Record<string, string> = {}): Promise<string> {
	const absolute = path.isAbsolute(entry) ? entry : path.join(ROOT, entry);
	const key = JSON.stringify([absolute, alias]);
	let cached = bundleCache.get(key);
	if (!cached) {
		cached = esbuild
			.build({
				entryPoints: [absolute],
				bundle: true,
				write: false,
				format: "iife",
				platform: "browser",
				target: "es2021",
				alias: { "js-yaml": path.join(ROOT, "node_modules/js-yaml/index.js"), fs: path.join(SHIMS, "empty-module.js"), ...alias },
				// Obsidian's DOM extensions (createEl and the rest), which our renderers call, before any page code.
				inject: [path.join(SHIMS, "buffer-shim.js"), path.join(ROOT, "test/support/obsidian-dom-page.ts")],
				// As main.js: Chinese text as UTF-8 characters, not \u escapes (served with charset=utf-8).
				charset: "utf8",
				// No source map: it triples the bundle, and parsing it is most of a page load on a busy machine.
				sourcemap: false,
				logLevel: "silent",
			})
			.then((result) => result.outputFiles[0]!.text);
		bundleCache.set(key, cached);
	}
	return cached;
}

function pageHtml(options: PageOptions): string {
	const theme = options.theme ?? "light";
	const classes = [`theme-${theme}`, ...(options.bodyClasses ?? [])].join(" ");
	return [
		"<!doctype html>",
		'<html lang="en"><head><meta charset="utf-8"><title>Framework Atlas test page</title>',
		'<link rel="stylesheet" href="/obsidian-theme.css">',
		'<link rel="stylesheet" href="/styles.css">',
		'<link rel="stylesheet" href="/extra.css">',
		`</head><body class="${classes}"><div id="app" class="atlas-test-root"></div>`,
		'<script src="/bundle.js"></script>',
		"</body></html>",
	].join("\n");
}

async function servePage(context: BrowserContext, options: PageOptions): Promise<void> {
	const bundle = await bundleEntry(options.entry, options.alias);
	const files: Record<string, { body: string; type: string }> = {
		"/index.html": { body: pageHtml(options), type: "text/html" },
		"/bundle.js": { body: bundle, type: "text/javascript" },
		"/styles.css": { body: readFileSync(path.join(ROOT, "styles.css"), "utf8"), type: "text/css" },
		"/obsidian-theme.css": { body: readFileSync(path.join(ROOT, "test/browser/obsidian-theme.css"), "utf8"), type: "text/css" },
		"/extra.css": { body: options.extraCss ?? "", type: "text/css" },
	};
	await context.route(`${ORIGIN}/**`, async (route) => {
		const file = files[new URL(route.request().url()).pathname];
		if (file) await route.fulfill({ status: 200, contentType: `${file.type}; charset=utf-8`, body: file.body });
		else await route.fulfill({ status: 404, contentType: "text/plain", body: "not served by the test harness" });
	});
}

/** A context that refuses every request (a stray image, a link), so a test never reaches the network and an
 * <img src=x> injected by a note cannot load anything; only the test font is served. Routes added later
 * (the page's own files) take precedence. */
async function isolatedContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	await context.route("**/*", (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "not served by the test harness" }));
	await serveTestFont(context, ROOT);
	return context;
}

/**
 * The whole page, every card drawn. Card boxes use `content-visibility: auto`, so what is off screen is not
 * painted; some Chromium builds (the npm headless shell) capture a full page without drawing it first,
 * leaving empty boxes. So the viewport is made as tall as the page for the picture, then put back.
 */
async function fullPageScreenshot(page: Page, file: string): Promise<void> {
	const viewport = page.viewportSize();
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
	// Two frames: one to lay out at the new size, one to paint what came into view.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	await page.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide" });
	if (viewport && height > viewport.height) await page.setViewportSize(viewport);
}

/** `extraArgs`: more Chromium switches (the benchmark adds `--js-flags=--expose-gc`). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<BrowserSession> {
	const found = requireBrowser();
	// playwright's launch() always starts from a fresh temporary profile (it refuses --user-data-dir), so no
	// state leaks between test files; each page also gets its own context.
	const env = found.env ? { ...process.env, ...found.env } : undefined;
	const browser = await chromium.launch({ executablePath: found.executablePath, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true, ...(env ? { env } : {}) });

	const open = async (options: PageOptions): Promise<HarnessPage> => {
		const context = await isolatedContext(browser, { viewport: options.viewport ?? { width: 1100, height: 900 } });
		await servePage(context, options);
		const page = await context.newPage();
		const consoleErrors: string[] = [];
		const dialogs: string[] = [];
		page.on("console", (message) => {
			if (message.type() === "error") consoleErrors.push(message.text());
		});
		page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
		page.on("dialog", (dialog) => {
			dialogs.push(`${dialog.type()}: ${dialog.message()}`);
			void dialog.dismiss();
		});
		if (options.globals) {
			await page.addInitScript((globals: Record<string, unknown>) => Object.assign(window, globals), options.globals);
		}
		await page.goto(`${ORIGIN}/index.html`, { waitUntil: "load" });
		await testFontLoaded(page);
		return {
			page,
			consoleErrors,
			dialogs,
			setTheme: async (theme) => {
				await page.evaluate((next) => {
					document.body.classList.remove("theme-light", "theme-dark");
					document.body.classList.add(`theme-${next}`);
				}, theme);
			},
			screenshot: async (name, element, fullPage = true) => {
				mkdirSync(SCREENSHOT_DIR, { recursive: true });
				const file = path.join(SCREENSHOT_DIR, `${name}.png`);
				// Transitions finished and no blinking caret: the same state gives the same picture. A full-page
				// picture starts from the top, or sticky headers would be drawn where the page was scrolled to.
				if (fullPage && !element) await page.evaluate(() => window.scrollTo(0, 0));
				// Text the test just added may need font slices that have not loaded yet.
				await testFontLoaded(page);
				if (element) await page.locator(element).screenshot({ path: file, animations: "disabled", caret: "hide" });
				else if (fullPage) await fullPageScreenshot(page, file);
				else await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
				return file;
			},
			close: () => context.close(),
		};
	};

	return { browser, found, open, newContext: (options = {}) => isolatedContext(browser, options), close: () => browser.close() };
}
