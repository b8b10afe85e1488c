/**
 * Repository facts on dashboard cards in real Chromium: ★ compact stars, relative last push, license,
 * archived and stale badges, the repository description as summary fallback, the problems section.
 * Screenshots (light/dark × en/zh, and a narrow sidebar) go to screenshots/facts-*.png.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readVaultNotes } from "../../node/vault-files";
import { pluginFolder } from "../../src/cli/vault-settings";
import { cli } from "../support/run-cli-capture";
import { FACTS_FIXTURES, FactsServer, standardRoutes } from "../support/facts-server";
import { requireBrowser, BROWSER_TEST_TIMEOUT, launchBrowser, type BrowserSession, type HarnessPage } from "./harness";
import { nodeMachine } from "../../node/node-machine";

requireBrowser();
jest.setTimeout(BROWSER_TEST_TIMEOUT * 2);

const PAGE = "test/browser/pages/facts-dashboard-page.ts";
const NOW = "2025-07-10T12:00:00.000Z";
let session: BrowserSession;
let cacheText: string;
let notes: [string, string][];

/** The cache comes from a real `atlas repos --refresh` against the local server, not from a hand-written file. */
beforeAll(async () => {
	const server = await new FactsServer().start();
	standardRoutes(server);
	const vault = mkdtempSync(join(tmpdir(), "atlas-badges-"));
	cpSync(join(FACTS_FIXTURES, "vault"), vault, { recursive: true });
	await cli(["repos", vault, "--refresh"], vault, new Date(NOW), { env: server.env() });
	await server.stop();
	cacheText = readFileSync(join(pluginFolder(nodeMachine, vault)!, "repo-facts.json"), "utf8");
	notes = readVaultNotes(vault);
	rmSync(vault, { recursive: true, force: true });
	session = await launchBrowser();
});
afterAll(async () => {
	await session?.close();
});

const card = (name: string): string => `.atlas-card[data-path="Frameworks/${name}.md"]`;

describe("repository facts on dashboard cards", () => {
	let view: HarnessPage;
	beforeAll(async () => {
		view = await session.open({ entry: PAGE, globals: { atlasNotes: notes, atlasLanguage: "en", atlasFactsCache: cacheText, atlasNow: NOW }, theme: "light", viewport: { width: 1100, height: 1000 }, extraCss: ".atlas-test-root { padding: 12px 24px; }" });
	});
	afterAll(async () => {
		await view?.close();
	});

	it("shows stars, last push, license and badges in English, then in Chinese", async () => {
		const { page } = view;
		expect(await page.textContent(`${card("veRL")} .atlas-facts`)).toBe("★ 12.3kPushed 8 days agoApache-2.0");
		expect(await page.getAttribute(`${card("veRL")} .atlas-facts-stars`, "title")).toBe("12,345 stars on GitHub");
		expect(await page.locator(`${card("OldTrainer")} .atlas-badge`).allTextContents()).toEqual(["Archived", "Stale"]);
		expect(await page.locator(`${card("LLMServing")} .atlas-badge`).allTextContents()).toEqual(["Stale"]);
		expect(await page.textContent(`${card("OpenRLHF")} .atlas-badge-warning`)).toBe("Moved to OpenRLHF/OpenRLHF");
		expect(await page.textContent(`${card("Gone")} .atlas-badge-warning`)).toBe("Repository not found");
		// veRL's note has no summary: the repository's description stands in, marked.
		expect(await page.textContent(`${card("veRL")} .atlas-card-summary`)).toBe("verl: Volcano Engine Reinforcement Learning for LLMs· From the repository");
		expect(await page.locator(`${card("NoRepo")} .atlas-facts`).count()).toBe(0);
		await page.click(".atlas-issues-summary");
		expect(await page.locator(".atlas-issue-repo .atlas-issue-message").allTextContents()).toEqual(["Repository https://github.com/gone/missing was not found", "Repository https://github.com/openllmai/OpenRLHF/tree/main moved to OpenRLHF/OpenRLHF; update repo: in the note"]);
		expect(await page.locator("img, script:not([src])").count()).toBe(0);
		expect(view.consoleErrors).toEqual([]);
		await view.screenshot("facts-light-en");
		await view.setTheme("dark");
		await view.screenshot("facts-dark-en");
		await page.evaluate(() => window.atlasFacts.switchLanguage());
		expect(await page.textContent(`${card("veRL")} .atlas-facts`)).toBe("★ 1.2万8 天前推送Apache-2.0");
		expect(await page.locator(`${card("OldTrainer")} .atlas-badge`).allTextContents()).toEqual(["已归档", "停更"]);
		await view.screenshot("facts-dark-zh");
		await view.setTheme("light");
		await view.screenshot("facts-light-zh");
		await page.click(".atlas-refresh-facts");
		expect(await page.evaluate(() => window.atlasFacts.refreshes)).toBe(1);
		expect(await page.getAttribute(".atlas-refresh-facts", "aria-label")).toBe("刷新仓库信息");
	});

	it("wraps the badge line in a narrow sidebar", async () => {
		const narrow = await session.open({ entry: PAGE, globals: { atlasNotes: notes, atlasLanguage: "zh", atlasFactsCache: cacheText, atlasNow: NOW }, theme: "dark", viewport: { width: 300, height: 900 } });
		try {
			const box = await narrow.page.locator(`${card("OldTrainer")} .atlas-facts`).boundingBox();
			expect(box!.width).toBeLessThanOrEqual(300);
			await narrow.screenshot("facts-sidebar-dark-zh");
		} finally {
			await narrow.close();
		}
	});
});
