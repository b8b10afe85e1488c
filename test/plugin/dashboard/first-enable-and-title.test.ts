/** @jest-environment jsdom */
import { VIEW_TYPE_DASHBOARD } from "../../../src/plugin/dashboard/dashboard-view-type";
import { loadPluginWithLanguage, runCommand, settle } from "../../support/plugin-with-language";
import { sampleVaultNotes } from "../../support/dashboard-notes";

const notes = Object.fromEntries(sampleVaultNotes());

describe("first enable", () => {
	it("a normal start opens no dashboard; the user turning the plugin on opens it once", async () => {
		const { app, plugin } = await loadPluginWithLanguage("en", { notes });
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)).toHaveLength(0);
		plugin.onUserEnable();
		await settle();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)).toHaveLength(1);
		// A second call (the user toggles the plugin off and on) reveals the same dashboard, no second one.
		plugin.onUserEnable();
		await settle();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)).toHaveLength(1);
	});

	it("opens nothing once the plugin was unloaded before the layout was ready", async () => {
		const { app, plugin } = await loadPluginWithLanguage("en", { notes });
		app.workspace.layoutReady = false;
		plugin.onUserEnable();
		plugin.unload();
		app.workspace.finishLayout();
		await settle();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)).toHaveLength(0);
	});
});

describe("dashboard tab title", () => {
	it("follows the label language at once, without reopening", async () => {
		const { app, plugin, mock } = await loadPluginWithLanguage("en", { notes });
		await runCommand(mock, "open-dashboard");
		await settle();
		const leaf = app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)[0]!;
		expect(leaf.tabTitle).toBe("Framework Atlas");
		await plugin.context.settings.update({ labelLanguage: "zh" });
		expect(leaf.tabTitle).toBe("框架图谱");
	});
});
