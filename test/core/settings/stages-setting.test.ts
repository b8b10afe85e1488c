import { DEFAULT_SETTINGS, SETTINGS_VERSION } from "../../../src/core/settings/atlas-settings";
import { loadSettings } from "../../../src/core/settings/load-settings";
import { patchSettings } from "../../../src/core/settings/patch-settings";
import { createSettingsStore } from "../../../src/core/settings/settings-store";
import { DEFAULT_STAGE_LIST } from "../../../src/core/stages/stage-list";

const INFRA = { id: "infra", labels: { zh: "调度", en: "Scheduling" }, aliases: ["sched"] };

describe("the stages setting", () => {
	it("migrates version 1 data.json: its six built-in stages are written out as the stage list, other fields kept", () => {
		const loaded = loadSettings({ settingsVersion: 1, entryTag: "llm", collapsedStages: ["rl"], stageColours: { rl: "#f00" } });
		expect(SETTINGS_VERSION).toBe(2);
		expect(loaded.settings).toMatchObject({ settingsVersion: 2, entryTag: "llm", collapsedStages: ["rl"], stages: DEFAULT_STAGE_LIST });
		expect(loaded.unknown).toEqual({ stageColours: { rl: "#f00" } });
		expect(loaded.replaced).toEqual([]);
		// Version 0 (no version) goes through both steps.
		expect(loadSettings({ tag: "fw" }).settings).toMatchObject({ entryTag: "fw", stages: DEFAULT_STAGE_LIST });
	});

	it("loads a saved list cleaned, and keeps a newer version's number", () => {
		const loaded = loadSettings({ settingsVersion: 2, stages: [{ id: "infra", labels: { zh: " 调度 " }, aliases: ["sched", "sched"] }] });
		expect(loaded.settings.stages).toEqual([{ id: "infra", labels: { zh: "调度", en: "调度" }, aliases: ["sched"] }]);
		expect(loadSettings({ settingsVersion: 9, stages: [INFRA] }).settings.settingsVersion).toBe(9);
	});

	it("falls back to the defaults on an invalid list, keeping it to write back until the user sets the stages", async () => {
		const broken = [INFRA, { ...INFRA, labels: { zh: "又一个", en: "Again" } }];
		const loaded = loadSettings({ settingsVersion: 2, stages: broken, exportFolder: "Out" });
		expect(loaded.settings.stages).toEqual(DEFAULT_STAGE_LIST);
		expect(loaded.replaced).toEqual(["stages"]);
		expect(loaded.kept).toEqual({ stages: broken });
		const saved: Record<string, unknown>[] = [];
		const store = createSettingsStore(loaded, async (data) => void saved.push(data));
		await store.update({ fetchTitles: true });
		expect(saved[0]).toMatchObject({ fetchTitles: true, exportFolder: "Out", stages: broken });
		expect(store.kept()).toEqual({ stages: broken });
		await store.update({ stages: [INFRA] });
		expect(saved[1]!.stages).toEqual([INFRA]);
		expect(store.kept()).toEqual({});
	});

	it("is patched only with a clean, valid list", () => {
		expect(patchSettings(DEFAULT_SETTINGS, { stages: [INFRA] })).toMatchObject({ ok: true, changed: ["stages"] });
		expect(patchSettings(DEFAULT_SETTINGS, { stages: [INFRA, INFRA] })).toEqual({ ok: false, rejected: ["stages"] });
		expect(patchSettings(DEFAULT_SETTINGS, { stages: [{ id: "x", labels: { zh: " x", en: "x" }, aliases: [] }] })).toEqual({ ok: false, rejected: ["stages"] });
		expect(patchSettings(DEFAULT_SETTINGS, { stages: "rl" as never })).toEqual({ ok: false, rejected: ["stages"] });
	});

	it("reloads from a data.json changed elsewhere, telling listeners what differs and saving nothing", async () => {
		const saved: unknown[] = [];
		const store = createSettingsStore(loadSettings({ settingsVersion: 2, entryTag: "fw" }), async (data) => void saved.push(data));
		const heard: string[][] = [];
		store.subscribe((_settings, changed) => void heard.push([...changed]));
		await store.reload(loadSettings({ settingsVersion: 2, entryTag: "fw", stages: [...DEFAULT_STAGE_LIST, INFRA] }));
		expect(heard).toEqual([["stages"]]);
		expect(store.current().stages.at(-1)).toEqual(INFRA);
		await store.reload(loadSettings({ settingsVersion: 2, entryTag: "fw", stages: [...DEFAULT_STAGE_LIST, INFRA] }));
		expect(heard).toHaveLength(1);
		expect(saved).toEqual([]);
	});
});
