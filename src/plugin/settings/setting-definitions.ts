import type { Setting } from "obsidian";

/**
 * The part of Obsidian 1.13's declarative settings API the tab uses, declared here because the
 * `obsidian` types we build against (1.8.7) predate it. Shapes as published in obsidian.d.ts 1.13.x
 * (`SettingDefinitionBase`, `SettingDefinitionRender`; `SettingTab#getSettingDefinitions`,
 * `SettingTab#update`, all `@since 1.13.0`). Older apps never call getSettingDefinitions().
 */
export interface SettingDefinitionBase {
	/** Shown as the row's name and matched by the settings search. */
	name: string;
	desc?: string;
	/** More words the settings search matches. */
	aliases?: string[];
}

/** A row Obsidian creates and hands to `render`, which draws into it imperatively. */
export interface SettingDefinitionRender extends SettingDefinitionBase {
	render: (setting: Setting) => void;
}

export type SettingDefinitionItem = SettingDefinitionRender;
