import { PluginSettingTab, type App } from "obsidian";
import type FrameworkAtlasPlugin from "../main";
import { SETTING_SECTIONS } from "./setting-sections";

export class AtlasSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: FrameworkAtlasPlugin,
	) {
		super(app, plugin);
	}

	display(): void {
		this.containerEl.empty();
		for (const section of SETTING_SECTIONS) section(this.containerEl, this.plugin, () => this.display());
	}
}
