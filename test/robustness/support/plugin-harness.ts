/** Starts the real plugin class on a FakeApp the way Obsidian does: load, then layout ready. */
import type { App, PluginManifest } from "obsidian";
import FrameworkAtlasPlugin from "../../../src/plugin/main";
import type { Plugin as MockPlugin } from "../../__mocks__/obsidian";
import { FakeApp } from "../../support/fake-app";

export const MANIFEST = { id: "framework-atlas", name: "Framework Atlas", version: "0.1.0", minAppVersion: "1.8.7", author: "", description: "" } as PluginManifest;

/** Lets queued promise callbacks and timers of 0 ms run (the plugin's async start). */
export async function settle(rounds = 5): Promise<void> {
	for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export async function startPlugin(app: FakeApp, data: unknown = null): Promise<FrameworkAtlasPlugin> {
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, MANIFEST);
	(plugin as unknown as MockPlugin).data = data;
	plugin.load();
	await settle();
	app.workspace.finishLayout();
	await settle();
	return plugin;
}

export function seededApp(notes: Iterable<[string, string]>): FakeApp {
	return new FakeApp().seed(Object.fromEntries(notes));
}
