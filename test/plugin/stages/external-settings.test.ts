/**
 * @jest-environment jsdom
 */
/** A data.json changed outside Obsidian (sync, `atlas import`) reaches the index without a restart. */
import { DEFAULT_STAGE_LIST } from "../../../src/core/stages/stage-list";
import { loadPluginWithLanguage, settle } from "../../support/plugin-with-language";

describe("onExternalSettingsChange", () => {
	it("regroups the index by the stage list now on disk", async () => {
		const { plugin, mock } = await loadPluginWithLanguage("en", { notes: { "Ray.md": "---\ntags: [framework]\nname: Ray\nstage: scheduling\n---\n" } });
		expect(plugin.index.snapshot().stages.at(-1)!.entries.map((p) => p.entry.name)).toEqual(["Ray"]);
		mock.data = { ...(mock.data as object), stages: [...DEFAULT_STAGE_LIST, { id: "scheduling", labels: { zh: "调度", en: "Scheduling" }, aliases: [] }] };
		await plugin.onExternalSettingsChange();
		await settle();
		const groups = plugin.index.snapshot().stages.map((g) => [g.stage.id, g.entries.map((p) => p.entry.name)]);
		expect(groups.slice(-2)).toEqual([["scheduling", ["Ray"]], ["uncategorized", []]]);
		expect(plugin.settings.stages.at(-1)!.labels.zh).toBe("调度");
	});
});
