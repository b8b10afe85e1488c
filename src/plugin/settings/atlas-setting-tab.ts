import { PluginSettingTab, Setting, type App } from "obsidian";
import type FrameworkAtlasPlugin from "../main";

export class AtlasSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: FrameworkAtlasPlugin,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		new Setting(containerEl)
			.setName("Entry tag")
			.setDesc("Notes whose frontmatter tags include this tag (or a nested tag under it) are framework entries.")
			.addText((text) =>
				text.setValue(this.plugin.settings.entryTag).onChange(async (value) => {
					const tag = value.trim().replace(/^#/, "");
					if (!/^[^\s#,]+$/.test(tag)) return;
					this.plugin.settings.entryTag = tag;
					await this.plugin.saveSettings();
					await this.plugin.reindex();
				}),
			);
	}
}
