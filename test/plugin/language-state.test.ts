import { __setLanguage } from "../__mocks__/obsidian";
import { LanguageState, resolveLanguage } from "../../src/plugin/language-state";

afterEach(() => __setLanguage("en"));

describe("follow Obsidian: getLanguage() → label language", () => {
	it.each([
		["zh", "zh"],
		["zh-TW", "zh"],
		["zh-CN", "zh"],
		["zh-Hant", "zh"],
		["ZH-tw", "zh"],
		["en", "en"],
		["en-GB", "en"],
		["fr", "en"],
		["ja", "en"],
		["zhx", "en"],
		["", "en"],
	])("%j → %s", (appLanguage, expected) => {
		__setLanguage(appLanguage);
		expect(resolveLanguage("auto")).toBe(expected);
		expect(new LanguageState("auto").language).toBe(expected);
		expect(new LanguageState("auto").i18n.t("cli.empty")).toBe(expected === "zh" ? "（无）" : "(None)");
	});
});

describe("an explicit choice overrides Obsidian's language", () => {
	it.each([
		["en", "zh", "zh"],
		["zh", "en", "en"],
		["zh-TW", "zh", "zh"],
		["en-GB", "en", "en"],
	] as const)("app %s, setting %s → %s", (appLanguage, setting, expected) => {
		__setLanguage(appLanguage);
		expect(new LanguageState(setting).language).toBe(expected);
	});
});

describe("LanguageState.apply", () => {
	it("tells listeners only when the effective language changes", () => {
		__setLanguage("zh-TW");
		const state = new LanguageState("en");
		const heard: string[] = [];
		state.subscribe((language) => heard.push(language));
		state.apply("en");
		state.apply("auto"); // follows zh-TW
		state.apply("zh"); // same effective language: silent
		state.apply("en");
		expect(heard).toEqual(["zh", "en"]);
		expect(state.language).toBe("en");
	});

	it("stops telling a listener once it unsubscribes", () => {
		const state = new LanguageState("en");
		const heard: string[] = [];
		const unsubscribe = state.subscribe((language) => heard.push(language));
		state.apply("zh");
		unsubscribe();
		state.apply("en");
		expect(heard).toEqual(["zh"]);
	});

	it("a listener that unsubscribes while being told does not stop the others", () => {
		const state = new LanguageState("en");
		const heard: string[] = [];
		const first = state.subscribe(() => first());
		state.subscribe((language) => heard.push(language));
		state.apply("zh");
		expect(heard).toEqual(["zh"]);
	});
});
