/** @jest-environment jsdom */
import { localizedText } from "../../src/render/localized-text";
import { translator } from "../../src/i18n/translator";

describe("localizedText", () => {
	let parent: HTMLElement;
	beforeEach(() => {
		parent = document.createElement("div");
	});

	it("renders text in the active language without a mark", () => {
		const span = localizedText(parent, "span", { text: "火山引擎", fallback: false }, translator("zh"), "atlas-card-summary");
		expect(span.className).toBe("atlas-card-summary");
		expect(span.textContent).toBe("火山引擎");
		expect(span.hasAttribute("lang")).toBe(false);
		expect(span.title).toBe("");
	});

	it("marks a fallback with a class, a tooltip in the UI language and the text's real language", () => {
		const zh = localizedText(parent, "p", { text: "An English summary", fallback: true }, translator("zh"), "atlas-card-summary");
		expect([...zh.classList]).toEqual(["atlas-card-summary", "atlas-fallback"]);
		expect(zh.getAttribute("lang")).toBe("en");
		expect(zh.title).toBe("此笔记没有中文，显示英文");

		const en = localizedText(parent, "p", { text: "中文摘要", fallback: true }, translator("en"));
		expect([...en.classList]).toEqual(["atlas-fallback"]);
		expect(en.getAttribute("lang")).toBe("zh");
		expect(en.title).toBe("Not written in English in this note; shown in Chinese");
	});

	it("sets note text as text, never as markup", () => {
		const span = localizedText(parent, "span", { text: "<img src=x onerror=alert(1)>", fallback: true }, translator("en"));
		expect(span.textContent).toBe("<img src=x onerror=alert(1)>");
		expect(span.children).toHaveLength(0);
	});
});
