import type { App, Menu, Plugin, TFile } from "obsidian";
import type { AtlasIndex } from "../core/index/atlas-index";
import type { Entry } from "../core/model/entry";
import type { SettingsStore } from "../core/settings/settings-store";
import type { NewEntryInput } from "../core/templates/new-entry";
import type { IndexLoading } from "./index-loading";
import type { LabelLanguage } from "./language-state";
import type { FactsService } from "./repo-facts/facts-service";

/** The two things other features may ask of the templates feature. */
export interface EntryActions {
	/** Opens "New framework entry", its fields prefilled with `initial`. */
	createEntry(initial?: Partial<NewEntryInput>): void;
	/** Opens "Add source" for the entry note `file`. */
	addSource(file: TFile): void;
}

/**
 * What a feature gets instead of the plugin object. Built once in main.ts; in tests, a plain
 * object (see test/support/fake-context.ts), so views, modals and code blocks run without a plugin.
 */
export interface AtlasContext {
	readonly app: App;
	/** The live index: read `snapshot()` / `entries()`, `subscribe` to changes; never listen to the vault. */
	readonly index: AtlasIndex;
	/** Progress of the first reading of the vault (null once done): an empty index meanwhile is not "no entries". */
	readonly loading: IndexLoading;
	/** The active label language and its translator; `subscribe` to re-render on the toggle. */
	readonly language: LabelLanguage;
	/** Settings: `current()`, `update(patch)`, `subscribe(listener)`. An entry tag change re-indexes by itself. */
	readonly settings: SettingsStore;
	/** The clock for dates written into notes and file names. */
	readonly now: () => Date;
	readonly actions: EntryActions;
	/** Re-reads every note from the vault (the dashboard's refresh button). */
	reindex(): Promise<void>;
	/** Every feature's card-menu items, in feature order. */
	readonly cardMenu: readonly CardMenuItem[];
	/** Repository facts: `lookup()` for surfaces, `subscribe` to repaint; refreshed only when asked. */
	readonly facts: FactsService;
}

/** Draws one group of settings; `redraw` re-renders the whole tab (e.g. after the language changes). */
export type SettingSection = (container: HTMLElement, context: AtlasContext, redraw: () => void) => void;

/** Adds items to a dashboard card's context menu (or nothing, for entries it does not apply to). */
export type CardMenuItem = (menu: Menu, entry: Entry, context: AtlasContext) => void;

/**
 * One feature of the plugin. `register` adds its commands, views, code blocks and events on
 * `plugin` (so they die with it; heavy work waits for onLayoutReady); the other fields are what it
 * contributes to shared surfaces. Add a feature by listing it in FEATURES (features.ts).
 */
export interface Feature {
	readonly id: string;
	register?(plugin: Plugin, context: AtlasContext): void;
	/** Its group on the settings tab, in feature order. */
	readonly settingSection?: SettingSection;
	/** Its items in a card's context menu, in feature order. */
	readonly cardMenu?: readonly CardMenuItem[];
}
