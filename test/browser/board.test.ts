/**
 * The board layout and the Bases view in real Chromium (styles.css, Obsidian-like theme), on the sample
 * vault: columns in stage order, a real mouse drag that rewrites exactly the stage line, Alt+→, undo, a
 * narrow sidebar, and screenshots (light/dark × en/zh, sidebar) in screenshots/.
 */
import path from "node:path";
import { sampleVaultNotes } from "../support/dashboard-notes";
import { requireBrowser, BROWSER_TEST_TIMEOUT, ROOT, launchBrowser, type BrowserSession, type HarnessPage, type PageOptions } from "./harness";

requireBrowser();
jest.setTimeout(BROWSER_TEST_TIMEOUT * 2);

const PAGE = "test/browser/pages/board-page.ts";
const ALIAS = { obsidian: path.join(ROOT, "test/__mocks__/obsidian.ts") };
const STAGES = ["learning", "pretrain", "finetune", "rl", "deploy", "uncategorized"];
const VERL = "Frameworks/veRL.md";
const notes = sampleVaultNotes();
const original = new Map(notes).get(VERL)!;

let session: BrowserSession;
beforeAll(async () => {
	session = await launchBrowser();
});
afterAll(async () => {
	await session?.close();
});

const open = (globals: Record<string, unknown>, options: Partial<PageOptions> = {}): Promise<HarnessPage> =>
	session.open({ entry: PAGE, alias: ALIAS, globals: { atlasNotes: notes, ...globals }, theme: "light", viewport: { width: 1280, height: 820 }, extraCss: ".atlas-test-root { padding: 12px; }", ...options });
const columnIds = (view: HarnessPage): Promise<string[]> => view.page.locator(".atlas-stage").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.stage ?? ""));
const stageOf = (view: HarnessPage, notePath: string): Promise<string | undefined> =>
	view.page.locator(`.atlas-card[data-path="${notePath}"]`).evaluate((card) => (card.closest(".atlas-stage") as HTMLElement).dataset.stage);
/** A real mouse drag (press on the card's top corner, move in steps, release over the target). */
async function mouseDrag(view: HarnessPage, from: string, to: string): Promise<void> {
	await view.page.locator(from).scrollIntoViewIfNeeded();
	const source = (await view.page.locator(from).boundingBox())!;
	const target = (await view.page.locator(to).boundingBox())!;
	await view.page.mouse.move(source.x + 12, source.y + 12);
	await view.page.mouse.down();
	await view.page.mouse.move(source.x + 30, source.y + 24, { steps: 4 });
	await view.page.mouse.move(target.x + 20, target.y + 10, { steps: 10 });
	await view.page.mouse.up();
}
const noteText = (view: HarnessPage, notePath: string): Promise<string> => view.page.evaluate((p) => window.atlasBoardPage.text(p), notePath);

describe("board layout in Chromium", () => {
	it("lays the stages out as side-by-side columns in order, collapsed ones narrow, scrolling sideways", async () => {
		const view = await open({ atlasLayout: "board", atlasCollapsed: ["pretrain"] });
		expect(await columnIds(view)).toEqual(STAGES);
		const boxes = await view.page.locator(".atlas-stage").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
		for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x);
		expect(boxes[1]!.width).toBeLessThan(60);
		expect(boxes[0]!.width).toBeGreaterThan(200);
		expect(await view.page.locator(".atlas-dashboard-body").evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
		expect(view.consoleErrors).toEqual([]);
		await view.close();
	});

	it("a real mouse drag to another column rewrites only the stage line; undo restores the bytes", async () => {
		// Wide enough that the card's column and the target column are both on screen.
		const view = await open({ atlasLayout: "board" }, { viewport: { width: 1800, height: 1400 } });
		await mouseDrag(view, `.atlas-card[data-path="${VERL}"]`, '.atlas-stage[data-stage="deploy"] .atlas-stage-header');
		await view.page.waitForFunction((p) => window.atlasBoardPage.text(p).includes("stage: deploy"), VERL);
		expect(await noteText(view, VERL)).toBe(original.replace("\nstage: rl\n", "\nstage: deploy\n"));
		expect(await stageOf(view, VERL)).toBe("deploy");
		await view.page.locator(`.atlas-card[data-path="${VERL}"]`).focus();
		await view.page.keyboard.press("Control+z");
		await view.page.waitForFunction((p) => window.atlasBoardPage.text(p).includes("stage: rl"), VERL);
		expect(await noteText(view, VERL)).toBe(original);
		expect(view.consoleErrors).toEqual([]);
		await view.close();
	});

	it("Alt+→ moves the focused card one column right and the focus follows it", async () => {
		const view = await open({ atlasLayout: "board" });
		await view.page.locator(`.atlas-card[data-path="${VERL}"]`).focus();
		await view.page.keyboard.press("Alt+ArrowRight");
		await view.page.waitForFunction((p) => document.querySelector(`.atlas-stage[data-stage="deploy"] .atlas-card[data-path="${p}"]`) !== null, VERL);
		expect(await view.page.evaluate(() => (document.activeElement as HTMLElement).dataset.path)).toBe(VERL);
		await view.close();
	});

	it("a long column draws its first eight cards and the next when its end scrolls into view; columns off to the side wait", async () => {
		const big: [string, string][] = [];
		for (let i = 0; i < 300; i++) big.push([`Big/f${i}.md`, `---\ntags: [framework]\nstage: ${STAGES[i % 5]}\nname: Framework ${i}\nsummary_en: Generated entry number ${i}\n---\n`]);
		const view = await open({ atlasNotes: big, atlasLayout: "board" }, { viewport: { width: 1100, height: 520 } });
		const drawn = (): Promise<number[]> => view.page.locator(".atlas-stage").evaluateAll((els) => els.map((e) => e.querySelectorAll(".atlas-card").length));
		expect(await drawn()).toEqual([8, 8, 8, 8, 8, 0]);
		await view.page.mouse.move(300, 500);
		await view.page.mouse.wheel(0, 1600);
		await view.page.waitForFunction(() => document.querySelectorAll('.atlas-stage[data-stage="learning"] .atlas-card').length > 8, undefined, { timeout: 10_000 });
		// The fifth column is beyond the pane's right edge: its end is not in view, so it keeps its first eight.
		expect((await drawn())[4]).toBe(8);
		expect(view.consoleErrors).toEqual([]);
		await view.close();
		// A pane taller than eight cards sees each column's end at once and gets the next chunk without a scroll.
		const tall = await open({ atlasNotes: big, atlasLayout: "board" }, { viewport: { width: 1100, height: 1600 } });
		await tall.page.waitForFunction(() => document.querySelectorAll('.atlas-stage[data-stage="learning"] .atlas-card').length > 8, undefined, { timeout: 10_000 });
		await tall.close();
	});

	it.each([
		["en", "light"],
		["en", "dark"],
		["zh", "light"],
		["zh", "dark"],
	] as const)("screenshot: board, %s, %s", async (language, theme) => {
		const view = await open({ atlasLayout: "board", atlasLanguage: language }, { theme });
		expect(await view.page.locator(".atlas-stage-label").first().textContent()).toBe(language === "zh" ? "学习素材" : "Learning materials");
		await view.screenshot(`board-${theme}-${language}`);
		await view.close();
	});

	it("fits a narrow mobile sidebar: one column at a time, swipe sideways, nothing wider than the pane", async () => {
		const view = await open(
			{ atlasLayout: "board", atlasLanguage: "zh" },
			{ theme: "dark", viewport: { width: 360, height: 760 }, bodyClasses: ["is-mobile", "mod-right-split"], extraCss: ".atlas-test-root { padding: 8px; }" },
		);
		const widths = await view.page.locator(".atlas-stage").first().evaluate((column) => ({ column: column.getBoundingClientRect().width, page: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth }));
		expect(widths.column).toBeLessThan(widths.page);
		expect(widths.scroll).toBe(widths.page);
		await view.screenshot("board-sidebar-dark-zh");
		await view.close();
	});
});

describe("Framework Atlas stages (Bases view) in Chromium", () => {
	it.each([
		["en", "light", "board"],
		["zh", "dark", "board"],
		["en", "dark", "list"],
	] as const)("shows the base in stage order (%s, %s, %s) and screenshots it", async (language, theme, layout) => {
		const view = await open({ atlasMode: "bases", atlasLanguage: language, atlasLayout: layout }, { theme });
		expect(await columnIds(view)).toEqual(STAGES);
		expect(await view.page.locator(`.atlas-stages-${layout}`).count()).toBe(1);
		await view.screenshot(`bases-${layout}-${theme}-${language}`);
		expect(view.consoleErrors).toEqual([]);
		await view.close();
	});

	it("a drag on its board writes the same one-line edit, and the view follows the new results", async () => {
		const view = await open({ atlasMode: "bases" });
		await mouseDrag(view, `.atlas-card[data-path="${VERL}"]`, '.atlas-stage[data-stage="finetune"] .atlas-stage-header');
		await view.page.waitForFunction((p) => document.querySelector(`.atlas-stage[data-stage="finetune"] .atlas-card[data-path="${p}"]`) !== null, VERL);
		expect(await noteText(view, VERL)).toBe(original.replace("\nstage: rl\n", "\nstage: finetune\n"));
		await view.close();
	});

	it("in a narrow sidebar", async () => {
		const view = await open({ atlasMode: "bases", atlasLanguage: "zh" }, { theme: "light", viewport: { width: 360, height: 760 }, bodyClasses: ["is-mobile"] });
		expect(await view.page.evaluate(() => document.documentElement.scrollWidth === document.documentElement.clientWidth)).toBe(true);
		await view.screenshot("bases-sidebar-light-zh");
		await view.close();
	});
});
