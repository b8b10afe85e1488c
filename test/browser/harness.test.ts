import { existsSync, statSync } from "node:fs";
import { TEST_FONT_FAMILY } from "./test-font";
import { requireBrowser, BROWSER_TEST_TIMEOUT, launchBrowser, type BrowserSession } from "./harness";

// Fails this file once, with the lookup's message, on a machine without a browser.
requireBrowser();

jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe("browser test harness", () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await launchBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it("bundles an entry, passes globals, loads the theme and reports errors and dialogs", async () => {
		const hostile = "<img src=x onerror=alert(1)>";
		const view = await session.open({ entry: "test/browser/pages/harness-smoke-page.ts", globals: { atlasSmokeTitle: hostile }, theme: "dark" });
		expect(await view.page.textContent(".atlas-smoke-title")).toBe(hostile);
		expect(await view.page.locator("img").count()).toBe(0);
		// The theme stylesheet is applied: dark background from the CSS variable.
		const background = await view.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe("rgb(30, 30, 30)");
		await view.setTheme("light");
		expect(await view.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");

		// Page code given as a string: the no-alert lint stays on for real code.
		await view.page.evaluate('console.error("boom"); alert("hello")');
		expect(view.consoleErrors).toEqual(["boom"]);
		expect(view.dialogs).toEqual(["alert: hello"]);

		const file = await view.screenshot("harness-smoke");
		expect(existsSync(file) && statSync(file).size > 0).toBe(true);
		await view.close();
	});

	it("draws Chinese with the npm-shipped test font, whatever fonts the machine has", async () => {
		const title = "强化学习与部署：框架目录";
		const view = await session.open({ entry: "test/browser/pages/harness-smoke-page.ts", globals: { atlasSmokeTitle: title } });
		// Every character is covered by a loaded face of the test font (the slices a page needs, no more).
		const faces = await view.page.evaluate(() => [...document.fonts].filter((face) => face.status === "loaded").map((face) => ({ family: face.family, range: face.unicodeRange })));
		const covers = (range: string, codePoint: number): boolean =>
			range.split(",").some((part) => {
				const [low, high] = part.trim().replace(/^U\+/i, "").split("-");
				return codePoint >= parseInt(low!, 16) && codePoint <= parseInt(high ?? low!, 16);
			});
		const ours = faces.filter((face) => face.family.replaceAll('"', "") === TEST_FONT_FAMILY);
		for (const char of title) expect([char, ours.some((face) => covers(face.range, char.codePointAt(0)!))]).toEqual([char, true]);
		expect(ours.length).toBeLessThan(10);
		expect(await view.page.evaluate(() => getComputedStyle(document.querySelector(".atlas-smoke-title")!).fontFamily)).toBe(`"${TEST_FONT_FAMILY}", sans-serif`);
		await view.screenshot("harness-font-zh", ".atlas-smoke-title");
		expect(view.consoleErrors).toEqual([]);
		await view.close();
	});
});
