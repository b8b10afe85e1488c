import { PluginSettingTab, type Plugin } from "obsidian";
import type { AtlasContext, SettingSection } from "../atlas-context";
import type { SettingDefinitionItem } from "./setting-definitions";
import { sectionDefinition } from "./section-definition";

/**
 * The plugin's settings tab: each feature's section, in feature order. Obsidian 1.13+ draws it from
 * getSettingDefinitions() (one row per section, so its settings are found by the settings search);
 * older apps call display(), which draws the same sections.
 */
export class AtlasSettingTab extends PluginSettingTab {
	/** SettingTab#update (Obsidian 1.13+): reads the definitions again and redraws; absent on older apps. */
	declare readonly update?: () => void;

	constructor(
		plugin: Plugin,
		private readonly context: AtlasContext,
		private readonly sections: readonly SettingSection[],
	) {
		super(context.app, plugin);
	}

	display(): void {
		this.containerEl.empty();
		for (const section of this.sections) section(this.containerEl, this.context, () => this.redraw());
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		return this.sections.map((section) => sectionDefinition(section, this.context, () => this.redraw()));
	}

	/** After a change that alters the tab itself (the label language, the stage list). */
	private redraw(): void {
		if (typeof this.update === "function") this.update();
		else this.display();
	}
}
