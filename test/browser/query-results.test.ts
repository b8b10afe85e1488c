import { readVaultNotes } from "../../node/vault-files";
import { SAMPLE_VAULT } from "../support/sample-index";
import { requireBrowser, BROWSER_TEST_TIMEOUT, launchBrowser, type BrowserSession } from "./harness";

// Fails this file once, with the lookup's message, on a machine without a browser.
requireBrowser();

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const BLOCKS = [
	{ query: "#rl/grpo", language: "en" },
	{ query: "stage:learning after:2025-06-01\nsort:-date view:table limit:2", language: "en" },
	{ query: "(#多模态 OR stage:deploy) -is:starred\n分组:无 视图:卡片", language: "zh" },
	{ query: "is:starred 阶段:强化学习\n解释", language: "zh" },
	{ query: "#rl stag:rl", language: "en" },
];

describe("query results in Chromium", () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it.each(["light", "dark"] as const)("renders list, table, cards, explain and the error box (%s theme)", async (theme) => {
		const view = await session.open({ entry: "test/browser/pages/query-results-page.ts", globals: { atlasNotes: readVaultNotes(SAMPLE_VAULT), atlasBlocks: BLOCKS }, theme });
		const { page } = view;
		expect(await page.locator('[data-block="0"] .atlas-query-link').allTextContents()).toEqual(["TRL", "veRL", "EasyR1"]);
		expect(await page.locator('[data-block="1"] .atlas-query-count').textContent()).toBe("2 of 3");
		expect(await page.locator('[data-block="1"] th').allTextContents()).toEqual(["Name", "Stage", "Repository", "Newest source"]);
		expect(await page.locator('[data-block="2"] .atlas-query-card').count()).toBe(6);
		expect(await page.locator('[data-block="3"] .atlas-query-explain pre').textContent()).toContain("共 2 个条目匹配");

		// Cards sit side by side in a grid; the error box uses the theme's error colour, not the body text colour.
		const cardTops = await page.locator('[data-block="2"] .atlas-query-card').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top));
		expect(cardTops[0]).toBe(cardTops[1]);
		const colours = await page.evaluate(() => ({
			error: getComputedStyle(document.querySelector(".atlas-query-error")!).color,
			body: getComputedStyle(document.body).color,
		}));
		expect(colours.error).not.toBe(colours.body);
		expect(await page.locator(".atlas-query-error-message").textContent()).toBe('Unknown filter "stag:" at column 5. Did you mean "stage:"?');

		await page.locator('[data-block="0"] .atlas-query-link', { hasText: "veRL" }).click({ modifiers: ["Control"] });
		expect(await page.evaluate(() => window.atlasOpened)).toEqual(["Frameworks/veRL.md (new tab)"]);
		expect(view.consoleErrors).toEqual([]);
		await view.screenshot(`query-results-${theme}`);
		await view.close();
	});

	it("the dashboard filter box shows a query error inline and filters with the language", async () => {
		const view = await session.open({ entry: "test/browser/pages/dashboard-query-page.ts", globals: { atlasNotes: readVaultNotes(SAMPLE_VAULT), atlasLanguage: "zh" }, viewport: { width: 420, height: 700 } });
		const { page } = view;
		await page.fill(".atlas-filter-input", "阶段:强化学 是:星标");
		expect(await page.locator(".atlas-filter-error").textContent()).toBe("未知的阶段“强化学”（第 4 列） — 你是不是想写“强化学习”？");
		expect(await page.locator(".atlas-filter-error").isVisible()).toBe(true);
		await view.screenshot("dashboard-query-error-zh");
		await page.fill(".atlas-filter-input", "阶段:强化学习 是:星标");
		expect(await page.locator(".atlas-filter-error").isVisible()).toBe(false);
		expect(await page.locator(".atlas-card:visible").count()).toBe(2);
		await view.screenshot("dashboard-query-filtered-zh");
		expect(view.consoleErrors).toEqual([]);
		await view.close();
	});
});
