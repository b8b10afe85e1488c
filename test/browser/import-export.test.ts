import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exportVault, HOSTILE_VAULT, SAMPLE_VAULT } from "../support/catalogue";
import { requireBrowser, BROWSER_TEST_TIMEOUT, launchBrowser, ROOT, SCREENSHOT_DIR, testFontLoaded, type BrowserSession } from "./harness";
import { FONT_ORIGIN } from "./test-font";

// Fails this file once, with the lookup's message, on a machine without a browser.
requireBrowser();

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const ORIGIN = "http://catalogue.test";

/** Opens an exported page as a reader would, recording every request beyond the page itself and every dialog. */
async function openExport(session: BrowserSession, html: string) {
	const context = await session.newContext({ viewport: { width: 1000, height: 900 } });
	const requests: string[] = [];
	await context.route("**/*", async (route) => {
		const url = route.request().url();
		if (url === `${ORIGIN}/catalogue.html`) await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
		// The harness adds the test font to every page; the page itself asks for nothing.
		else if (url.startsWith(`${FONT_ORIGIN}/`)) await route.fallback();
		else {
			requests.push(url);
			await route.abort();
		}
	});
	const page = await context.newPage();
	const dialogs: string[] = [];
	page.on("dialog", (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(`${ORIGIN}/catalogue.html`, { waitUntil: "load" });
	await page.waitForTimeout(200);
	await testFontLoaded(page);
	return { page, requests, dialogs, close: () => context.close() };
}

/** True when two different CJK characters draw differently in the page's font (missing fonts draw the same box). */
function cjkGlyphsDiffer(): boolean {
	const draw = (char: string) => {
		const canvas = document.createElement("canvas");
		canvas.width = 40;
		canvas.height = 40;
		const context = canvas.getContext("2d")!;
		context.font = `32px ${getComputedStyle(document.body).fontFamily}`;
		context.fillText(char, 2, 32);
		return Array.from(context.getImageData(0, 0, 40, 40).data).join(",");
	};
	return draw("强") !== draw("署") && draw("强") !== draw("□");
}

describe("the exported HTML catalogue in Chromium", () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it("renders the sample vault in Chinese without any request or dialog", async () => {
		const view = await openExport(session, exportVault(SAMPLE_VAULT, "html", "zh"));
		expect(await view.page.textContent("h1")).toBe("框架目录");
		expect(await view.page.locator("section.atlas-stage").count()).toBe(6);
		expect(await view.page.evaluate(cjkGlyphsDiffer)).toBe(true);
		// Laid out as cards: the stage sections have a visible border and the heading a real CJK width.
		const headingWidth = await view.page.locator("#stage-rl h2").evaluate((h) => h.getBoundingClientRect().width);
		expect(headingWidth).toBeGreaterThan(60);
		await view.page.screenshot({ path: join(SCREENSHOT_DIR, "export-catalogue-zh.png"), fullPage: true });
		expect(view.requests).toEqual([]);
		expect(view.dialogs).toEqual([]);
		await view.close();
	});

	it("shows hostile notes as text: no dialog, no request, no script", async () => {
		const view = await openExport(session, exportVault(HOSTILE_VAULT, "html", "en"));
		await view.page.hover("text=<img src=x onerror=alert(1)>");
		await view.page.hover(".atlas-name >> nth=1");
		expect(await view.page.locator("img, script, svg").count()).toBe(0);
		expect(await view.page.textContent("body")).toContain("<script>alert(3)</script>");
		await view.page.screenshot({ path: join(SCREENSHOT_DIR, "export-catalogue-hostile.png"), fullPage: true });
		expect(view.requests).toEqual([]);
		expect(view.dialogs).toEqual([]);
		await view.close();
	});

	it("draws the import preview with where each line goes", async () => {
		const outline = readFileSync(join(ROOT, "test", "fixtures", "outlines", "llm-frameworks-outline.md"), "utf8");
		const view = await session.open({ entry: "test/browser/pages/import-preview-page.ts", globals: { atlasOutline: outline, atlasLanguage: "zh" }, viewport: { width: 900, height: 1100 } });
		expect(await view.page.textContent(".atlas-import-skip")).toContain("Frameworks/TRL.md");
		const row = view.page.locator('[data-line="58"]');
		expect(await row.locator(".atlas-import-target").textContent()).toBe("Frameworks/OpenRLHF.md");
		// Every stage heading's control shows its stage; "## 未分类" shows the Uncategorized choice.
		const choices = await view.page.locator(".atlas-import-stage-choice").evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? ""));
		expect(choices).toEqual(["学习素材", "预训练", "微调", "强化学习", "部署", "未分类（标题保留为 stage_heading）"]);
		// One grid row per line: number, text and target side by side.
		const boxes = await row.locator("span").evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().top));
		expect(new Set(boxes.map(Math.round)).size).toBe(1);
		await view.screenshot("import-preview-zh", ".modal");
		expect(view.consoleErrors).toEqual([]);
		await view.close();
	});

	it.each(["zh", "en"] as const)("shows a real outline's stages, categories and entries with a mapping control per heading (%s)", async (language) => {
		const outline = readFileSync(join(ROOT, "test", "fixtures", "outlines", "real", "open-source-frameworks-zh.md"), "utf8");
		const view = await session.open({
			entry: "test/browser/pages/import-preview-page.ts",
			globals: { atlasOutline: outline, atlasOutlineName: "开源框架整理", atlasLanguage: language, atlasExisting: [] },
			viewport: { width: 760, height: 1400 },
		});
		const training = view.page.locator('.atlas-import-stage[data-line="3"]');
		expect(await training.locator(".atlas-import-stage-choice").inputValue()).toBe("new");
		expect(await training.locator(".atlas-import-categories").textContent()).toContain(language === "zh" ? "RL（11）" : "RL (11)");
		const inference = view.page.locator('.atlas-import-stage[data-line="44"]');
		expect(await inference.locator(".atlas-import-stage-choice").inputValue()).toBe("stage:deploy");
		await view.screenshot(`import-preview-structure-${language}`, ".modal");
		// Choosing a stage for 调度 replans: its five entries now go to Deployment, and no new stage is made for it.
		const scheduling = view.page.locator('.atlas-import-stage[data-line="26"]');
		await scheduling.locator(".atlas-import-stage-choice").selectOption("stage:deploy");
		expect(await view.page.locator('.atlas-import-stage[data-line="26"] .atlas-import-stage-choice').inputValue()).toBe("stage:deploy");
		expect(await view.page.locator(".atlas-import-new-stages").textContent()).not.toContain("调度");
		expect(await view.page.locator('[data-line="26"].atlas-import-line .atlas-import-target').textContent()).toContain(language === "zh" ? "部署" : "Deployment");
		expect(view.consoleErrors).toEqual([]);
		await view.close();
	});
});
