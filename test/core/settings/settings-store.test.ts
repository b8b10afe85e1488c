import { setTimeout as sleep } from "node:timers/promises";
import { DEFAULT_SETTINGS, type AtlasSettings, type SettingKey } from "../../../src/core/settings/atlas-settings";
import { loadSettings } from "../../../src/core/settings/load-settings";
import { patchSettings } from "../../../src/core/settings/patch-settings";
import { isValidSetting } from "../../../src/core/settings/setting-validators";
import { createSettingsStore } from "../../../src/core/settings/settings-store";

function store(stored: unknown = null) {
	const saved: Record<string, unknown>[] = [];
	const settings = createSettingsStore(loadSettings(stored), async (data) => void saved.push(data));
	return { settings, saved };
}

describe("patchSettings: the loader's validators, all or nothing", () => {
	it("applies valid fields and lists what changed", () => {
		const result = patchSettings(DEFAULT_SETTINGS, { entryTag: "llm", fetchTitles: false, collapsedStages: ["rl"] });
		expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, entryTag: "llm", collapsedStages: ["rl"] }, changed: ["entryTag", "collapsedStages"] });
	});

	it.each<[string, Record<string, unknown>]>([
		["a tag with a space", { entryTag: "two words" }],
		["a tag with #", { entryTag: "#" }],
		["an empty source line format", { sourceLineFormat: "  " }],
		["an unknown dashboard location", { dashboardLocation: "left" }],
		["a list with a number", { collapsedStages: ["rl", 3] }],
		["the version", { settingsVersion: 9 }],
		["a field that does not exist", { colour: "red" }],
	])("rejects %s and applies nothing else from the patch", (_, bad) => {
		const result = patchSettings(DEFAULT_SETTINGS, { fetchTitles: true, ...(bad as object) });
		expect(result).toEqual({ ok: false, rejected: Object.keys(bad) });
	});

	it("agrees with what loading data.json accepts, field by field", () => {
		const samples: unknown[] = ["llm", "two words", "", "zh", "fr", "tab", true, 1, ["a"], [1], "YYYY {url}", null];
		for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
			if (key === "settingsVersion") continue;
			for (const value of samples) {
				const loaded = loadSettings({ [key]: value }).replaced.length === 0;
				expect([key, value, patchSettings(DEFAULT_SETTINGS, { [key]: value }).ok]).toEqual([key, value, loaded]);
				expect(isValidSetting(key, value)).toBe(loaded);
			}
		}
	});
});

describe("SettingsStore", () => {
	it("hands out frozen settings that a caller cannot change behind its back", async () => {
		const { settings } = store({ collapsedStages: ["rl"] });
		const before = settings.current();
		expect(Object.isFrozen(before) && Object.isFrozen(before.collapsedStages)).toBe(true);
		expect(() => before.collapsedStages.push("deploy")).toThrow(TypeError);
		const mine = ["rl", "deploy"];
		await settings.update({ collapsedStages: mine });
		mine.push("learning");
		expect(settings.current().collapsedStages).toEqual(["rl", "deploy"]);
		expect(before.collapsedStages).toEqual(["rl"]);
	});

	it("saves every change with the fields a newer version wrote, and nothing for a rejected or empty patch", async () => {
		const { settings, saved } = store({ settingsVersion: 7, entryTag: "llm", stageColours: { rl: "#f00" } });
		expect(await settings.update({ entryTag: "two words" })).toEqual({ ok: false, rejected: ["entryTag"] });
		expect(await settings.update({ entryTag: "llm" })).toEqual({ ok: true, changed: [] });
		expect(saved).toEqual([]);
		expect(await settings.update({ labelLanguage: "zh" })).toEqual({ ok: true, changed: ["labelLanguage"] });
		expect(saved).toEqual([{ ...DEFAULT_SETTINGS, settingsVersion: 7, entryTag: "llm", labelLanguage: "zh", stageColours: { rl: "#f00" } }]);
	});

	it("is visible at once, resolves after listeners finish, and stops notifying after unsubscribe", async () => {
		const { settings } = store();
		const heard: [string, SettingKey[]][] = [];
		let reindexed = false;
		const stop = settings.subscribe(async (next, changed) => {
			heard.push([next.entryTag, [...changed]]);
			await sleep(5);
			reindexed = true;
		});
		const pending = settings.update({ entryTag: "llm", exportFolder: "out" });
		expect(settings.current().entryTag).toBe("llm");
		expect(reindexed).toBe(false);
		await pending;
		expect(reindexed).toBe(true);
		expect(heard).toEqual([["llm", ["entryTag", "exportFolder"]]]);
		stop();
		await settings.update({ entryTag: "fw" });
		expect(heard).toHaveLength(1);
	});

	it("writes quick successive updates in order, so the last one is what data.json keeps", async () => {
		const writes: Record<string, unknown>[] = [];
		const delays = [20, 0, 5];
		const settings = createSettingsStore(loadSettings(null), async (data) => {
			await sleep(delays.shift());
			writes.push(data);
		});
		await Promise.all([settings.update({ exportFolder: "a" }), settings.update({ exportFolder: "b" }), settings.update({ fetchTitles: true })]);
		expect(writes.map((w) => [w.exportFolder, w.fetchTitles])).toEqual([
			["a", false],
			["b", false],
			["b", true],
		]);
	});

	it("reports a failed save or listener to the caller, and the other listeners still hear", async () => {
		const failing = createSettingsStore(loadSettings(null), () => Promise.reject(new Error("disk full")));
		const heard: boolean[] = [];
		failing.subscribe(() => {
			throw new Error("listener broke");
		});
		failing.subscribe(() => void heard.push(true));
		await expect(failing.update({ fetchTitles: true })).rejects.toThrow(/disk full|listener broke/);
		expect(heard).toEqual([true]);
		expect(failing.current().fetchTitles).toBe(true);
	});

	it("without a persist function (the CLI) changes stay in memory", async () => {
		const memory = createSettingsStore(loadSettings({ entryTag: "fw" }));
		await memory.update({ entryTag: "llm" });
		expect(memory.current()).toEqual<AtlasSettings>({ ...DEFAULT_SETTINGS, entryTag: "llm" });
	});
});
