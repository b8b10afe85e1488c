import path from "node:path";
import esbuild from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { BROWSER_TEST_TIMEOUT, CHROMIUM_PATH, ROOT, SCREENSHOT_DIR, chromiumAvailable } from "./harness";
import { mkdirSync, readFileSync } from "node:fs";

// The modal is built from Obsidian's Modal/Setting, so the page is bundled here with `obsidian` aliased to
// the behaving mock (the shared harness bundles plugin-free pages only).
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const describeIf = chromiumAvailable() ? describe : describe.skip;

describeIf("templates modals in Chromium", () => {
	let browser: Browser;
	let bundle: string;

	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
		const built = await esbuild.build({
			entryPoints: [path.join(__dirname, "pages/templates-modal-page.ts")],
			bundle: true,
			write: false,
			format: "iife",
			platform: "browser",
			target: "es2021",
			alias: { obsidian: path.join(ROOT, "test/__mocks__/obsidian.ts"), "js-yaml": path.join(ROOT, "node_modules/js-yaml/index.js"), fs: path.join(ROOT, "src/platform-shims/empty-module.js") },
			inject: [path.join(ROOT, "src/platform-shims/buffer-shim.js")],
			logLevel: "silent",
		});
		bundle = built.outputFiles[0]!.text;
	}, BROWSER_TEST_TIMEOUT);

	afterAll(async () => {
		await browser?.close();
	});

	it.each(["en", "zh"] as const)(
		"renders labels, the inline error and the never-overwrite choice (%s)",
		async (language) => {
			const page = await browser.newPage({ viewport: { width: 720, height: 900 } });
			const errors: string[] = [];
			page.on("pageerror", (e) => errors.push(e.message));
			const css = readFileSync(path.join(__dirname, "obsidian-theme.css"), "utf8") + readFileSync(path.join(ROOT, "styles.css"), "utf8");
			await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body class="theme-light"></body></html>`);
			await page.evaluate((lang) => Object.assign(window, { atlasLanguage: lang }), language);
			await page.addScriptTag({ content: bundle });
			const text = await page.locator("body").innerText();
			const expected =
				language === "zh"
					? ["新建框架条目", "名称", "阶段", "仓库地址", "标签", "首个来源链接", "仓库地址必须以 http:// 或 https:// 开头。", "同名笔记已存在", "打开已有笔记", "创建 veRL 2"]
					: ["New framework entry", "Name", "Stage", "Repository URL", "Tags", "First source URL", "The repository link must be a web address.", "A note with this name exists", "Open existing", "Create veRL 2"];
			for (const label of expected) expect(text).toContain(label);
			expect(errors).toEqual([]);
			mkdirSync(SCREENSHOT_DIR, { recursive: true });
			await page.screenshot({ path: path.join(SCREENSHOT_DIR, `templates-modals-${language}.png`), fullPage: true });
			await page.close();
		},
		BROWSER_TEST_TIMEOUT,
	);
});
