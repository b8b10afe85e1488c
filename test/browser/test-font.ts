/**
 * The font every harness page gets, so Chinese (and all other) text draws the same whatever fonts the
 * machine has: Noto Sans SC from the npm package @fontsource-variable/noto-sans-sc (one variable file per
 * Unicode slice, all weights, 4.9 MB installed). The browser fetches only the slices whose characters a page
 * shows, from a fake origin served out of node_modules.
 *
 * It is declared under the name "Noto Sans CJK SC", the same design's name as a system font (Debian's
 * fonts-noto-cjk, many Linux desktops): a page's @font-face shadows an installed font of that name, so pages
 * that list it (the test theme, the exported catalogue) use ours everywhere, installed or not.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";

export const TEST_FONT_FAMILY = "Noto Sans CJK SC";
export const FONT_ORIGIN = "http://atlas-fonts.test";
const FONT_PACKAGE = "@fontsource-variable/noto-sans-sc";
const FILE_NAME = /^\/files\/([a-z0-9-]+\.woff2)$/;

let cachedCss: string | undefined;

/** The package's @font-face rules, renamed and pointed at FONT_ORIGIN. */
export function testFontCss(root: string): string {
	if (cachedCss) return cachedCss;
	const css = readFileSync(path.join(root, "node_modules", FONT_PACKAGE, "index.css"), "utf8");
	const renamed = css.replaceAll("font-family: 'Noto Sans SC Variable';", `font-family: "${TEST_FONT_FAMILY}";`).replaceAll("url(./files/", `url(${FONT_ORIGIN}/files/`);
	// A new package layout must fail here, not silently fall back to whatever the machine has.
	if (!renamed.includes(TEST_FONT_FAMILY) || !renamed.includes(FONT_ORIGIN)) throw new Error(`${FONT_PACKAGE}/index.css no longer has the expected @font-face rules`);
	cachedCss = renamed;
	return renamed;
}

/** Serves the font files on FONT_ORIGIN (with CORS, as fonts are fetched cross-origin) and declares them in
 * every page of the context. */
export async function serveTestFont(context: BrowserContext, root: string): Promise<void> {
	const files = path.join(root, "node_modules", FONT_PACKAGE, "files");
	const headers = { "access-control-allow-origin": "*" };
	await context.route(`${FONT_ORIGIN}/**`, async (route) => {
		const { pathname } = new URL(route.request().url());
		const file = FILE_NAME.exec(pathname)?.[1];
		if (file && existsSync(path.join(files, file))) await route.fulfill({ status: 200, headers, contentType: "font/woff2", body: readFileSync(path.join(files, file)) });
		else await route.fulfill({ status: 404, headers, contentType: "text/plain", body: "no such font file" });
	});
	// Added to every document before it parses, as a constructed sheet: no element added to the page, and the
	// same for pages the harness does not write (an exported catalogue).
	await context.addInitScript((css: string) => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	}, testFontCss(root));
}

/** Waits until the font slices the page's text needs are loaded (layout first, which starts their loads). */
export async function testFontLoaded(page: Page): Promise<void> {
	await page.evaluate(async () => {
		document.body.getBoundingClientRect();
		await document.fonts.ready;
	});
}
