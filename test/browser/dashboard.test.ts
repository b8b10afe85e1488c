/**
 * The dashboard renderer in real Chromium with styles.css and an Obsidian-like theme, on an index built in
 * the page from the sample vault plus hostile fixtures. Writes screenshots (light/dark × en/zh, a narrow
 * sidebar and the empty state) to screenshots/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dashboardFixtureNotes, sampleVaultNotes } from "../support/dashboard-notes";
import { requireBrowser, BROWSER_TEST_TIMEOUT, ROOT, launchBrowser, type BrowserSession, type HarnessPage } from "./harness";

// Fails this file once, with the lookup's message, on a machine without a browser.
requireBrowser();

jest.setTimeout(BROWSER_TEST_TIMEOUT * 2);

const PAGE = "test/browser/pages/dashboard-page.ts";
const notes = [...sampleVaultNotes(), ...dashboardFixtureNotes()];
const STAGES = ["learning", "pretrain", "finetune", "rl", "deploy", "uncategorized"];

let session: BrowserSession;
beforeAll(async () => {
	session = await launchBrowser();
});
afterAll(async () => {
	await session?.close();
});

const texts = (view: HarnessPage, selector: string): Promise<string[]> => view.page.locator(selector).allTextContents();
const calls = (view: HarnessPage): Promise<{ opened: [string, boolean][]; collapsed: string[][] }> => view.page.evaluate(() => window.atlasCalls);
const cardSelector = (notePath: string): string => `.atlas-card[data-path="${notePath}"]`;
const focusedPath = (view: HarnessPage): Promise<string | null> => view.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path ?? null);

describe("dashboard in a wide tab", () => {
	let view: HarnessPage;
	beforeAll(async () => {
		view = await session.open({ entry: PAGE, globals: { atlasNotes: notes, atlasLanguage: "en" }, theme: "light", viewport: { width: 1100, height: 900 }, extraCss: ".atlas-test-root { padding: 12px 24px; }" });
	});
	afterAll(async () => {
		await view?.close();
	});
	// A failed test must not leave a filter behind for the next one.
	beforeEach(async () => {
		if ((await view.page.inputValue(".atlas-filter-input")) !== "") await view.page.fill(".atlas-filter-input", "");
	});

	it("shows every stage in order with counts, and nothing hostile runs", async () => {
		const { page } = view;
		expect(await page.locator(".atlas-stage").evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.stage))).toEqual(STAGES);
		expect(await texts(view, ".atlas-stage-label")).toEqual(["Learning materials", "Pre-training", "Fine-tuning", "Reinforcement learning", "Deployment", "Uncategorized"]);
		expect(await texts(view, ".atlas-stage-count")).toEqual(["4", "0", "4", "10", "4", "1"]);
		expect(await page.textContent(".atlas-dashboard-count")).toBe("23 entries");
		expect(await page.textContent(`${cardSelector("Fixtures/xss-name.md")} .atlas-card-name`)).toBe("<img src=x onerror=alert(1)>");
		expect(await page.locator("img, script:not([src])").count()).toBe(0);
		await page.waitForTimeout(200);
		expect(view.dialogs).toEqual([]);
		expect(view.consoleErrors).toEqual([]);
		await view.screenshot("dashboard-light-en");
	});

	it("nests derivatives right after their parent with an accent edge", async () => {
		const { page } = view;
		const rl = await page.locator('.atlas-stage[data-stage="rl"] .atlas-card').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.path));
		expect(rl.indexOf("Frameworks/EasyR1.md")).toBe(rl.indexOf("Frameworks/veRL.md") + 1);
		const edge = await page.locator(cardSelector("Frameworks/EasyR1.md")).evaluate((c) => getComputedStyle(c).borderInlineStartWidth);
		expect(edge).toBe("3px");
		expect(await page.isVisible(`${cardSelector("Frameworks/EasyR1.md")} .atlas-card-based-on`)).toBe(true);
	});

	it("narrows with the filter and shows N of M", async () => {
		const { page } = view;
		await page.fill(".atlas-filter-input", "#RL/GRPO");
		expect(await page.locator(".atlas-card").count()).toBe(3);
		expect(await page.textContent(".atlas-dashboard-count")).toBe("3 of 23 entries");
		expect(await page.textContent('.atlas-stage[data-stage="rl"] .atlas-stage-count')).toBe("3 of 10");
		await page.fill(".atlas-filter-input", "多模态");
		expect(await page.locator(".atlas-card .atlas-card-name").allTextContents()).toEqual(["ms-swift", "MM-EUREKA", "EasyR1"]);
		await page.focus(".atlas-filter-input");
		await page.keyboard.press("Escape");
		expect(await page.inputValue(".atlas-filter-input")).toBe("");
		expect(await page.locator(".atlas-card").count()).toBe(23);
	});

	it("collapses and expands a stage", async () => {
		const { page } = view;
		const header = page.locator('.atlas-stage[data-stage="rl"] .atlas-stage-header');
		await header.click();
		expect(await page.locator('.atlas-stage[data-stage="rl"] .atlas-card').count()).toBe(0);
		expect(await header.getAttribute("aria-expanded")).toBe("false");
		expect((await calls(view)).collapsed.at(-1)).toEqual(["rl"]);
		await header.click();
		expect(await page.locator('.atlas-stage[data-stage="rl"] .atlas-card').count()).toBe(10);
	});

	it("opens a note on click, in a new tab with Ctrl", async () => {
		const { page } = view;
		await page.click(`${cardSelector("Frameworks/vLLM.md")} .atlas-card-summary`);
		await page.click(cardSelector("Frameworks/TRL.md"), { modifiers: ["Control"] });
		expect((await calls(view)).opened.slice(-2)).toEqual([
			["Frameworks/vLLM.md", false],
			["Frameworks/TRL.md", true],
		]);
	});

	it("moves between cards with Tab and arrow keys, shows focus, and Enter opens", async () => {
		const { page } = view;
		await page.focus(cardSelector("Frameworks/Open-R1.md"));
		await page.keyboard.press("Tab");
		expect(await focusedPath(view)).toBe("Frameworks/OpenRLHF.md");
		await page.focus(cardSelector("Frameworks/veRL.md"));
		await page.keyboard.press("ArrowDown");
		expect(await focusedPath(view)).toBe("Frameworks/EasyR1.md");
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("solid");
		await page.keyboard.press("ArrowUp");
		await page.keyboard.press("Enter");
		expect((await calls(view)).opened.at(-1)).toEqual(["Frameworks/veRL.md", false]);
	});

	it("redraws only the changed card on a live update", async () => {
		const { page } = view;
		await page.evaluate(() => document.querySelectorAll(".atlas-card").forEach((c) => c.setAttribute("data-old", "")));
		const verl = notes.find(([p]) => p === "Frameworks/veRL.md")![1].replace("name: veRL", "name: veRL (edited)");
		await page.evaluate((text) => window.atlasDashboard.upsert("Frameworks/veRL.md", text), verl);
		expect(await page.locator(".atlas-card:not([data-old])").evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.path))).toEqual(["Frameworks/veRL.md"]);
		expect(await page.textContent(`${cardSelector("Frameworks/veRL.md")} .atlas-card-name`)).toBe("veRL (edited)");
		await page.evaluate((text) => window.atlasDashboard.upsert("Frameworks/veRL.md", text), notes.find(([p]) => p === "Frameworks/veRL.md")![1]);
	});

	it("switches labels with the 中/EN button; screenshots in both languages and themes", async () => {
		const { page } = view;
		await page.click(".atlas-lang-toggle");
		expect(await texts(view, ".atlas-stage-label")).toEqual(["学习素材", "预训练", "微调", "强化学习", "部署", "未分类"]);
		expect(await page.textContent(".atlas-dashboard-count")).toBe("23 个条目");
		expect(await page.textContent(`${cardSelector("Fixtures/zh-only-summary.md")} .atlas-card-name`)).toBe("小模型微调");
		await view.screenshot("dashboard-light-zh");
		await view.setTheme("dark");
		await view.screenshot("dashboard-dark-zh");
		await page.click(".atlas-lang-toggle");
		expect(await page.textContent('.atlas-stage[data-stage="rl"] .atlas-stage-label')).toBe("Reinforcement learning");
		await view.screenshot("dashboard-dark-en");
		await view.setTheme("light");
		// The README picture: first screen of the sample vault alone, reading material folded away.
		await page.evaluate((paths) => paths.forEach((p) => window.atlasDashboard.remove(p)), dashboardFixtureNotes().map(([p]) => p));
		await page.click('.atlas-stage[data-stage="learning"] .atlas-stage-header');
		await page.mouse.move(0, 0);
		await view.screenshot("dashboard-readme-light-en", undefined, false);
		expect(view.consoleErrors).toEqual([]);
		expect(view.dialogs).toEqual([]);
	});
});

describe("dashboard in a narrow sidebar on mobile", () => {
	it("stacks cards, indents derivatives, fits the width, and shows the empty state", async () => {
		const view = await session.open({
			entry: PAGE,
			globals: { atlasNotes: notes, atlasLanguage: "zh", atlasCollapsed: ["learning"] },
			theme: "dark",
			viewport: { width: 360, height: 800 },
			bodyClasses: ["is-mobile", "mod-right-split"],
			extraCss: ".atlas-test-root { padding: 8px 12px; background-color: var(--background-secondary); }",
		});
		const { page } = view;
		expect(await page.locator('.atlas-stage[data-stage="learning"] .atlas-card').count()).toBe(0);
		const box = async (notePath: string) => (await page.locator(cardSelector(notePath)).boundingBox())!;
		const [verl, easy, trl] = [await box("Frameworks/veRL.md"), await box("Frameworks/EasyR1.md"), await box("Frameworks/TRL.md")];
		expect(easy.x).toBeGreaterThan(verl.x + 8);
		expect(easy.y).toBeGreaterThan(verl.y);
		expect(trl.x).toBe(verl.x);
		expect(trl.width).toBe(verl.width);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.click(".atlas-issues-summary");
		await page.click('.atlas-issue-link[data-path="Fixtures/broken-yaml.md"]');
		expect(await page.evaluate(() => window.atlasCalls.opened)).toEqual([["Fixtures/broken-yaml.md", false]]);
		expect(await page.textContent(".atlas-issue-warning .atlas-issue-message")).toContain("javascript:alert(2)");
		await view.screenshot("dashboard-sidebar-dark-zh");

		await page.evaluate((paths) => paths.forEach((p) => window.atlasDashboard.remove(p)), notes.map(([p]) => p));
		expect(await page.isVisible(".atlas-empty")).toBe(true);
		await page.click(".atlas-empty-create");
		expect(await page.evaluate(() => window.atlasCalls.creates)).toBe(1);
		await view.screenshot("dashboard-empty-dark-zh");
		expect(view.consoleErrors).toEqual([]);
		expect(view.dialogs).toEqual([]);
		await view.close();
	});
});

describe("dashboard with 2,000 entries", () => {
	it("paints quickly by drawing only the first chunk of each stage, and loads more on scroll", async () => {
		const big: [string, string][] = [];
		for (let i = 0; i < 2000; i++) big.push([`Big/f${i}.md`, `---\ntags: [framework, t${i % 7}]\nstage: ${STAGES[i % 5]}\nname: Framework ${i}\nsummary_en: Generated entry number ${i}\n---\n`]);
		const view = await session.open({ entry: PAGE, globals: { atlasNotes: big, atlasLanguage: "en" }, viewport: { width: 1100, height: 900 } });
		const { page } = view;
		const timings = await page.evaluate(() => window.atlasTimings);
		// Kept for the record (test-output/ is git-ignored): index build and first paint in milliseconds.
		mkdirSync(path.join(ROOT, "test-output"), { recursive: true });
		writeFileSync(path.join(ROOT, "test-output", "dashboard-2000-timings.json"), JSON.stringify(timings));
		expect(await page.textContent(".atlas-dashboard-count")).toBe("2000 entries");
		expect(await page.locator(".atlas-card").count()).toBe(5 * 40);
		// A guard against drawing everything, not a benchmark: ~250 ms here with a load average of 16 on two
		// cores, 900 ms at 27; the benchmark issue measures it properly.
		expect(timings.render).toBeLessThan(3000);
		// No click: the "show more" button scrolling into view is enough (IntersectionObserver).
		await page.locator('.atlas-stage[data-stage="learning"] .atlas-show-more').scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelectorAll('.atlas-stage[data-stage="learning"] .atlas-card').length > 40, undefined, { timeout: 10_000 });
		expect(view.consoleErrors).toEqual([]);
		await view.close();
	});

	it("a repaint with nothing focused (the language command) keeps the reader's scroll position", async () => {
		const big: [string, string][] = [];
		for (let i = 0; i < 600; i++) big.push([`Big/f${i}.md`, `---\ntags: [framework]\nstage: ${STAGES[i % 5]}\nname: Framework ${i}\n---\n`]);
		const view = await session.open({ entry: PAGE, globals: { atlasNotes: big, atlasLanguage: "en" }, viewport: { width: 1100, height: 900 } });
		const { page } = view;
		await page.evaluate(() => window.scrollTo(0, 2500));
		const before = await page.evaluate(() => window.scrollY);
		expect(before).toBeGreaterThan(2000);
		await page.evaluate(() => window.atlasDashboard.switchLanguage());
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		expect(await page.textContent(".atlas-stage-label")).toBe("学习素材");
		// Not thrown to the top (a layout while detached would do that). Chromium's scroll anchoring may then
		// move the view by a card or so: cards out of view are laid out at an estimated height until drawn.
		const after = await page.evaluate(() => window.scrollY);
		expect(Math.abs(after - before)).toBeLessThan(225);
		expect(view.consoleErrors).toEqual([]);
		await view.close();
	});
});
