/**
 * @jest-environment jsdom
 */
/**
 * data.json is user-editable, synced and shared between plugin versions: whatever it holds,
 * the plugin loads with defaults for the bad fields, never crashes, never mutates its defaults,
 * and never erases fields written by a newer version.
 */
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type AtlasSettings } from "../../src/core/settings/atlas-settings";
import { loadSettings } from "../../src/core/settings/load-settings";
import { Plugin as MockPluginClass, type Plugin as MockPlugin } from "../__mocks__/obsidian";
import { FakeApp } from "../support/fake-app";
import { startPlugin } from "./support/plugin-harness";

const PRISTINE: AtlasSettings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));

afterEach(() => {
	expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
	expect(DEFAULT_SETTINGS).toEqual(PRISTINE);
});

test.each([
	["null", null],
	["undefined", undefined],
	["a string", '{"entryTag": "llm"}'],
	["a number", 42],
	["true", true],
	["an array", [{ entryTag: "llm" }]],
	["an empty object", {}],
	["an object without a prototype", Object.create(null)],
])("data.json holding %s loads the defaults", (_, stored) => {
	const { settings, replaced, unknown } = loadSettings(stored);
	expect(settings).toEqual(PRISTINE);
	expect(replaced).toEqual([]);
	expect(unknown).toEqual({});
});

const WRONG: Record<keyof AtlasSettings, unknown[]> = {
	settingsVersion: ["1", null, { v: 1 }],
	entryTag: [5, "", "   ", "two words", "#", "a,b", ["framework"], null],
	labelLanguage: ["fr", "ZH", 1, null, ["zh"]],
	dashboardLocation: ["left", true, {}],
	collapsedStages: ["rl", [1, 2], [null], { 0: "rl" }],
	entriesFolder: [1, ["Frameworks"], null],
	templatePath: [false, {}],
	sourceLineFormat: ["", "   ", 7, null],
	weekdayLanguage: ["ja", 0],
	fetchTitles: ["true", 1, "yes", null],
	exportFolder: [{ path: "x" }, 3],
	stages: [{ learning: {} }, "learning,rl", [{ id: "rl", labels: { en: "RL" } }, { id: "rl", labels: { en: "Again" } }], [{ id: "x", labels: { en: "" } }], [{ id: "uncategorized", labels: { en: "Mine" } }], [null]],
};

test.each(Object.entries(WRONG).flatMap(([field, values]) => values.map((value) => [field, value] as const)))(
	"%s = %p is replaced by its default, the other fields are kept",
	(field, value) => {
		const { settings, replaced } = loadSettings({ settingsVersion: 1, entryTag: "llm", fetchTitles: true, [field]: value });
		expect(replaced).toEqual([field]);
		expect(settings[field as keyof AtlasSettings]).toEqual(PRISTINE[field as keyof AtlasSettings]);
		if (field !== "entryTag") expect(settings.entryTag).toBe("llm");
		if (field !== "fetchTitles") expect(settings.fetchTitles).toBe(true);
	},
);

test("every field wrong at once: all defaults, each named as replaced", () => {
	const stored = Object.fromEntries(Object.entries(WRONG).map(([field, values]) => [field, values[0]]));
	const { settings, replaced } = loadSettings(stored);
	expect(settings).toEqual(PRISTINE);
	expect(replaced.sort()).toEqual(Object.keys(WRONG).sort());
});

test("huge values load without a crash", () => {
	const { settings } = loadSettings({
		entryTag: "t".repeat(1_000_000),
		collapsedStages: Array.from({ length: 200_000 }, (_, i) => `stage-${i}`),
		sourceLineFormat: "YYYY ".repeat(200_000),
		junk: "x".repeat(5_000_000),
	});
	expect(settings.collapsedStages).toHaveLength(200_000);
});

test("the returned settings are a copy: mutating them never reaches the defaults", () => {
	const { settings } = loadSettings(null);
	settings.collapsedStages.push("rl");
	settings.entryTag = "mutated";
	expect(loadSettings(null).settings).toEqual(PRISTINE);
});

test("stored arrays are copied, not shared with the caller's object", () => {
	const stored = { collapsedStages: ["rl"] };
	const { settings } = loadSettings(stored);
	settings.collapsedStages.push("deploy");
	expect(stored.collapsedStages).toEqual(["rl"]);
});

describe("older data.json (version 0)", () => {
	test("`tag` becomes `entryTag`", () => {
		expect(loadSettings({ tag: "llm" }).settings.entryTag).toBe("llm");
		expect(loadSettings({ settingsVersion: 0, tag: "llm", labelLanguage: "zh" }).settings).toMatchObject({ entryTag: "llm", labelLanguage: "zh", settingsVersion: SETTINGS_VERSION });
	});
	test("an explicit entryTag wins over the old `tag`", () => {
		expect(loadSettings({ tag: "old", entryTag: "new" }).settings.entryTag).toBe("new");
	});
	test("an invalid old `tag` falls back to the default and is reported as entryTag", () => {
		expect(loadSettings({ tag: "two words" })).toMatchObject({ settings: { entryTag: "framework" }, replaced: ["entryTag"] });
	});
	test("the migrated `tag` is not carried along as an unknown field", () => {
		expect(loadSettings({ tag: "llm" }).unknown).toEqual({});
	});
	test("version 1 data with a `tag` field is not migrated again", () => {
		expect(loadSettings({ settingsVersion: 1, tag: "llm" }).settings.entryTag).toBe("framework");
	});
});

describe("future data.json (a newer version on another device)", () => {
	const future = { settingsVersion: 7, entryTag: "llm", labelLanguage: "zh", stageColours: { rl: "#f00" }, pinned: ["a.md"] };
	test("known fields load, unknown fields are kept aside, the newer version number survives", () => {
		const { settings, unknown } = loadSettings(future);
		expect(settings).toMatchObject({ entryTag: "llm", labelLanguage: "zh", settingsVersion: 7 });
		expect(unknown).toEqual({ stageColours: { rl: "#f00" }, pinned: ["a.md"] });
		expect(settings).not.toHaveProperty("stageColours");
	});
	test("prototype keys in data.json are plain data, never a prototype", () => {
		const { settings, unknown } = loadSettings(JSON.parse('{"__proto__": {"entryTag": "evil"}, "constructor": {"prototype": {"polluted": 1}}}'));
		expect(settings.entryTag).toBe("framework");
		expect(Object.getPrototypeOf(unknown)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe("the whole plugin onload with such data", () => {
	const note = "---\ntags: [llm]\nname: Tagged llm\n---\n";
	test.each([
		["garbage", "not json at all", "framework"],
		["an array", [1, 2, 3], "framework"],
		["wrong types", { entryTag: 5, labelLanguage: "fr", collapsedStages: "rl" }, "framework"],
		["version 0", { tag: "llm" }, "llm"],
		["a future version", { settingsVersion: 7, entryTag: "llm", stageColours: { rl: "#f00" } }, "llm"],
	])("%s: loads, indexes with the resulting tag", async (_, data, tag) => {
		const app = new FakeApp().seed({ "a.md": note, "b.md": "---\ntags: [framework]\nname: Tagged framework\n---\n" });
		const plugin = await startPlugin(app, data);
		expect(plugin.settings.entryTag).toBe(tag);
		expect(plugin.index.entries().map((e) => e.name)).toEqual([tag === "llm" ? "Tagged llm" : "Tagged framework"]);
		plugin.unload();
	});

	test("a data.json Obsidian cannot read (loadData rejects) still loads with defaults", async () => {
		const app = new FakeApp().seed({ "b.md": "---\ntags: [framework]\n---\n" });
		const spy = jest.spyOn(MockPluginClass.prototype, "loadData").mockRejectedValue(new SyntaxError("Unexpected end of JSON input"));
		try {
			const plugin = await startPlugin(app);
			expect(spy).toHaveBeenCalled();
			expect(plugin.settings).toEqual(PRISTINE);
			expect(plugin.index.entries()).toHaveLength(1);
			plugin.unload();
		} finally {
			spy.mockRestore();
		}
	});

	test("saving writes the fields of a newer version back untouched", async () => {
		const app = new FakeApp();
		const plugin = await startPlugin(app, { settingsVersion: 7, entryTag: "llm", stageColours: { rl: "#f00" } });
		await plugin.context.settings.update({ labelLanguage: "zh" });
		expect((plugin as unknown as MockPlugin).data).toEqual({ ...PRISTINE, settingsVersion: 7, entryTag: "llm", labelLanguage: "zh", stageColours: { rl: "#f00" } });
		plugin.unload();
	});
});
