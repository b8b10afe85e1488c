import path from "node:path";
import { requireBrowser, BROWSER_TEST_TIMEOUT, ROOT, launchBrowser, type BrowserSession } from "./harness";

// Fails this file once, with the lookup's message, on a machine without a browser.
requireBrowser();

// The modal is built from Obsidian's Modal/Setting, so the page is bundled with `obsidian` aliased to the
// behaving mock.
const ALIAS = { obsidian: path.join(ROOT, "test/__mocks__/obsidian.ts") };
// The mock appends modals to <body>, after the page's empty app root: let that root take no room.
const EXTRA_CSS = ".atlas-test-root { min-height: 0; }";

describe("templates modals in Chromium", () => {
	let session: BrowserSession;

	beforeAll(async () => {
		session = await launchBrowser();
	}, BROWSER_TEST_TIMEOUT);

	afterAll(async () => {
		await session?.close();
	});

	it.each(["en", "zh"] as const)(
		"renders labels, the inline error and the never-overwrite choice (%s)",
		async (language) => {
			const view = await session.open({ entry: "test/browser/pages/templates-modal-page.ts", alias: ALIAS, extraCss: EXTRA_CSS, globals: { atlasLanguage: language }, viewport: { width: 720, height: 900 } });
			const text = await view.page.locator("body").innerText();
			const expected =
				language === "zh"
					? ["新建框架条目", "名称", "阶段", "仓库地址", "标签", "首个来源链接", "仓库地址必须以 http:// 或 https:// 开头。", "同名笔记已存在", "打开已有笔记", "创建 veRL 2"]
					: ["New framework entry", "Name", "Stage", "Repository URL", "Tags", "First source URL", "The repository link must be a web address.", "A note with this name exists", "Open existing", "Create veRL 2"];
			for (const label of expected) expect(text).toContain(label);
			expect(view.consoleErrors).toEqual([]);
			await view.screenshot(`templates-modals-${language}`);
			await view.close();
		},
		BROWSER_TEST_TIMEOUT,
	);
});
