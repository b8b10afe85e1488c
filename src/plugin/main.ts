import { Plugin } from "obsidian";
import type { AtlasIndex } from "../core/index/atlas-index";
import { createIndex } from "../core/index/build-index";
import { LanguageState } from "./language-state";
import { FEATURES } from "./features";
import { openDashboard } from "./dashboard/open-dashboard";
import type { AtlasSettings } from "./settings/atlas-settings";
import { loadSettings } from "./settings/load-settings";
import { AtlasSettingTab } from "./settings/atlas-setting-tab";
import { VaultIndexSync } from "./vault-index-sync";

export default class FrameworkAtlasPlugin extends Plugin {
	settings!: AtlasSettings;
	/** The live index. Features subscribe to it (index.subscribe) instead of listening to the vault. */
	index!: AtlasIndex;
	/** The active label language; features subscribe to re-render on the toggle. */
	language!: LanguageState;
	private sync!: VaultIndexSync;
	/** data.json fields a newer version wrote; saved back untouched. */
	private unknownSettings: Record<string, unknown> = {};
	private unloaded = false;

	async onload(): Promise<void> {
		// A data.json Obsidian cannot parse (a crash mid-write, a sync conflict) must not stop the plugin.
		const loaded = loadSettings(await this.loadData().catch(() => null));
		this.settings = loaded.settings;
		this.unknownSettings = loaded.unknown;
		this.index = createIndex({ entryTag: this.settings.entryTag });
		this.language = new LanguageState(this.settings.labelLanguage);
		this.sync = new VaultIndexSync(this.app, this.index, () => this.settings.entryTag);
		this.addSettingTab(new AtlasSettingTab(this.app, this));
		for (const register of FEATURES) register(this);
		// Reading notes waits until Obsidian has finished loading its own workspace.
		// If we were unloaded before the layout was ready, starting now would register events nobody removes.
		this.app.workspace.onLayoutReady(() => {
			if (!this.unloaded) void this.sync.start(this);
		});
	}

	/** Obsidian calls this when the user turns the plugin on (not on every start): show the dashboard once. */
	onUserEnable(): void {
		this.app.workspace.onLayoutReady(() => {
			if (!this.unloaded) void openDashboard(this);
		});
	}

	onunload(): void {
		this.unloaded = true;
	}

	async saveSettings(): Promise<void> {
		await this.saveData({ ...this.unknownSettings, ...this.settings });
		this.language.apply(this.settings.labelLanguage);
	}

	/** After the entry tag changes every note must be re-read against the new tag. */
	async reindex(): Promise<void> {
		this.index.reset([], { ...this.index.parseOptions(), entryTag: this.settings.entryTag });
		await this.sync.rebuild();
	}
}
