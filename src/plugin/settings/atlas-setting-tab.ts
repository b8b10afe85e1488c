import { PluginSettingTab, type Plugin } from "obsidian";
import type { AtlasContext, SettingSection } from "../atlas-context";

/** The plugin's settings tab: each feature's section, in feature order. */
export class AtlasSettingTab extends PluginSettingTab {
	constructor(
		plugin: Plugin,
		private readonly context: AtlasContext,
		private readonly sections: readonly SettingSection[],
	) {
		super(context.app, plugin);
	}

	display(): void {
		this.containerEl.empty();
		for (const section of this.sections) section(this.containerEl, this.context, () => this.display());
	}
}
