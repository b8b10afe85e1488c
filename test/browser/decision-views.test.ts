import { readVaultNotes } from "../../node/vault-files";
import { SAMPLE_VAULT } from "../support/sample-index";
import { VIEWS_FIXTURE_VAULT } from "../support/views-fixtures";
import { BROWSER_TEST_TIMEOUT, launchBrowser, requireBrowser, type BrowserSession } from "./harness";

// Fails this file once, with the lookup's message, on a machine without a browser.
requireBrowser();

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const BLOCKS = ["支持GRPO", "#rl columns:#rl sort:name", "view:timeline"];
/** The sample vault plus two fixture notes with more dated sources (June to August 2025). */
const NOTES = [...readVaultNotes(SAMPLE_VAULT), ...readVaultNotes(VIEWS_FIXTURE_VAULT)];
const SIDEBAR = { width: 340, height: 1400 };

describe("decision views in Chromium", () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it.each([
		["light", "en"],
		["dark", "zh"],
		["dark", "en"],
		["light", "zh"],
	] as const)("matrix, timeline, snippets and the activity strip at sidebar width (%s, %s)", async (theme, language) => {
		const view = await session.open({ entry: "test/browser/pages/decision-views-page.ts", globals: { atlasNotes: NOTES, atlasViewBlocks: BLOCKS, atlasLanguage: language, atlasViewNow: [2025, 8, 20] }, theme, viewport: SIDEBAR });
		const { page } = view;
		const zh = language === "zh";

		// Full text: both notes that say 支持GRPO, the match marked in the snippet.
		expect(await page.locator('[data-block="0"] .atlas-query-link').allTextContents()).toEqual(["TRL", "veRL"]);
		expect(await page.locator('[data-block="0"] .atlas-query-snippet mark').allTextContents()).toEqual(["支持GRPO", "支持GRPO"]);

		// Matrix: TRL ticked three times; the table scrolls inside its box, the page never overflows.
		const matrix = page.locator('[data-block="1"] .atlas-matrix');
		expect(await matrix.locator("thead th").allTextContents()).toEqual([zh ? "名称" : "Name", "dpo", "grpo", "ppo"]);
		const trl = matrix.locator("tbody tr", { hasText: "TRL" });
		expect(await trl.locator("td").allTextContents()).toEqual(["✓", "✓", "✓"]);
		expect(await matrix.locator("tfoot td").allTextContents()).toEqual(["2", "4", "3"]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

		// A header click sorts by that column, ticked first.
		await matrix.locator("thead button", { hasText: "dpo" }).click();
		expect(await matrix.locator("tbody tr th").allTextContents()).toEqual(["PolicyLab", "TRL", "EasyR1", "TinyZero", "★veRL"]);
		expect(await matrix.locator("thead th").nth(1).getAttribute("aria-sort")).toBe("descending");

		// Timeline: one bar per month June–August, a tooltip per bar, legend in the label language.
		const bars = page.locator('[data-block="2"] .atlas-chart-bar');
		expect(await bars.evaluateAll((gs) => gs.map((g) => g.getAttribute("data-month")))).toEqual(["2025-06", "2025-07", "2025-08"]);
		const tooltip = await bars.nth(1).locator("title").textContent();
		expect(tooltip).toContain(zh ? "2025-07：3 个来源" : "2025-07: 3 sources");
		expect(await page.locator('[data-block="2"] .atlas-legend-item').allTextContents()).toEqual(zh ? ["学习素材", "强化学习", "部署"] : ["Learning materials", "Reinforcement learning", "Deployment"]);
		expect(await page.locator('[data-block="2"] .atlas-timeline-month-heading').first().textContent()).toBe(zh ? "2025-08 · 1 个来源" : "2025-08 · 1 source");
		const fills = await page.locator('[data-block="2"] .atlas-chart-segment').evaluateAll((rects) => new Set(rects.map((r) => getComputedStyle(r).fill)).size);
		expect(fills).toBe(3);

		// The strip: twelve months up to August 2025; a click filters to that month, a second click clears it.
		const strip = page.locator(".atlas-activity .atlas-chart-bar");
		expect(await strip.count()).toBe(12);
		await view.screenshot(`decision-strip-${theme}-${language}`, ".atlas-dashboard-header");
		await strip.nth(10).click();
		expect(await page.evaluate(() => window.atlasViewFilter())).toBe("after:2025-07-01 before:2025-08-01");
		expect(await page.locator(".atlas-card .atlas-card-name").allTextContents()).toEqual(zh ? ["机器学习 Q 与 AI：30 个必备问答", "快速部署"] : ["机器学习 Q 与 AI：30 个必备问答", "ServeFast"]);
		expect(await strip.nth(10).getAttribute("aria-pressed")).toBe("true");
		await strip.nth(10).click();
		expect(await page.evaluate(() => window.atlasViewFilter())).toBe("");

		// Cards matched through their note text show where.
		await page.fill(".atlas-filter-input", "连续批处理");
		expect(await page.locator(".atlas-card .atlas-card-snippet mark").allTextContents()).toEqual(["连续批处理"]);
		await view.screenshot(`decision-card-snippet-${theme}-${language}`, ".atlas-test-dashboard");

		expect(view.consoleErrors).toEqual([]);
		await view.screenshot(`decision-matrix-${theme}-${language}`, '[data-block="1"]');
		await view.screenshot(`decision-timeline-${theme}-${language}`, '[data-block="2"]');
		await view.screenshot(`decision-snippet-${theme}-${language}`, '[data-block="0"]');
		await view.close();
	});

	it("the name column stays in view while the matrix scrolls sideways", async () => {
		const many = "stage:rl columns:grpo,ppo,dpo,kto,simpo,orpo,rloo,remax,reinforce,prime sort:name";
		const view = await session.open({ entry: "test/browser/pages/decision-views-page.ts", globals: { atlasNotes: NOTES, atlasViewBlocks: [many], atlasViewNow: [2025, 8, 20] }, viewport: SIDEBAR });
		const { page } = view;
		const box = page.locator(".atlas-matrix-scroll");
		const widths = await box.evaluate((e) => ({ client: e.clientWidth, scroll: e.scrollWidth }));
		expect(widths.scroll).toBeGreaterThan(widths.client);
		const nameLeft = () => page.locator(".atlas-matrix tbody th").first().evaluate((e) => e.getBoundingClientRect().left);
		const before = await nameLeft();
		await box.evaluate((e) => e.scrollBy(200, 0));
		expect(await nameLeft()).toBe(before);
		// The box itself stays inside the pane (the test page's <pre> of the long query may not).
		expect(await box.evaluate((e) => e.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
		await view.screenshot("decision-matrix-scrolled", ".atlas-matrix-scroll");
		await view.close();
	});
});
