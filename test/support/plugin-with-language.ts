/**
 * A loaded FrameworkAtlasPlugin on a FakeApp, with a chosen label-language setting and app
 * language, for jsdom tests of language switching (Obsidian's DOM extensions such as `el.empty()`
 * come from test/support/obsidian-dom.ts, installed for every jsdom test).
 */
import type { App } from "obsidian";
import FrameworkAtlasPlugin from "../../src/plugin/main";
import type { LabelLanguageSetting } from "../../src/core/settings/atlas-settings";
import { __setLanguage, type Plugin as MockPlugin } from "../__mocks__/obsidian";
import { FakeApp } from "./fake-app";

export interface LoadedPlugin {
	app: FakeApp;
	plugin: FrameworkAtlasPlugin;
	mock: MockPlugin;
}

export async function loadPluginWithLanguage(
	labelLanguage: LabelLanguageSetting,
	options: { appLanguage?: string; notes?: Record<string, string> } = {},
): Promise<LoadedPlugin> {
	__setLanguage(options.appLanguage ?? "en");
	const app = new FakeApp().seed(options.notes ?? {});
	const plugin = new FrameworkAtlasPlugin(app as unknown as App, { id: "framework-atlas", version: "0.0.0" } as never);
	const mock = plugin as unknown as MockPlugin;
	mock.data = { labelLanguage };
	mock.load();
	// onload is async (it awaits loadData); let it finish, then let Obsidian finish its layout.
	for (let i = 0; i < 5 && !plugin.language; i++) await Promise.resolve();
	app.workspace.finishLayout();
	await settle();
	return { app, plugin, mock };
}

/** Runs a registered command by its id the way Obsidian's palette would. */
export async function runCommand(mock: MockPlugin, id: string): Promise<void> {
	const command = (mock.commands as { id: string; callback?: () => unknown }[]).find((c) => c.id === id);
	if (!command?.callback) throw new Error(`no command ${id}`);
	await command.callback();
}

/** Lets queued promise jobs and timers (the first vault read, re-renders) run. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => window.setTimeout(resolve, 0));
}
