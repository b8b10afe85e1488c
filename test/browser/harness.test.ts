import { existsSync, statSync } from "node:fs";
import { BROWSER_TEST_TIMEOUT, launchBrowser, type BrowserSession } from "./harness";

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
});
