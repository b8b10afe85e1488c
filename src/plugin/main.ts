import { Plugin } from "obsidian";
import type { AtlasIndex } from "../core/index/atlas-index";
import { createIndex } from "../core/index/build-index";
import type { AtlasSettings, SettingKey } from "../core/settings/atlas-settings";
import { loadSettings } from "../core/settings/load-settings";
import { createSettingsStore, type SettingsStore } from "../core/settings/settings-store";
import { vocabularyOf } from "../core/stages/stage-list";
import type { AtlasContext } from "./atlas-context";
import { FEATURES } from "./features";
import { openDashboard } from "./dashboard/open-dashboard";
import { LanguageState } from "./language-state";
import { followStages } from "./stages/follow-stages";
import { AtlasSettingTab } from "./settings/atlas-setting-tab";
import { openAddSourceModal } from "./templates/add-source-modal";
import { openNewEntryModal } from "./templates/register-templates";
import { VaultIndexSync } from "./vault-index-sync";
import { createIndexLoading } from "./index-loading";
import { adapterFactsFile } from "./repo-facts/adapter-facts-file";
import { FactsService } from "./repo-facts/facts-service";
import { readGithubToken } from "./repo-facts/github-token";
import { requestUrlPort } from "./repo-facts/request-url-port";

/** The composition root: builds the context, hands it to every feature, and owns the index sync. */
export default class FrameworkAtlasPlugin extends Plugin {
	/** What every feature is given; tests reach views and modals through it too. */
	context!: AtlasContext;
	/** The live index. Features subscribe to it (index.subscribe) instead of listening to the vault. */
	index!: AtlasIndex;
	/** The active label language; features subscribe to re-render on the toggle. */
	language!: LanguageState;
	private store!: SettingsStore;
	private readonly loading = createIndexLoading();
	private sync!: VaultIndexSync;
	private unloaded = false;

	/** The settings now (read-only; change them with `context.settings.update`). */
	get settings(): Readonly<AtlasSettings> {
		return this.store.current();
	}

	async onload(): Promise<void> {
		// A data.json Obsidian cannot parse (a crash mid-write, a sync conflict) must not stop the plugin.
		this.store = createSettingsStore(loadSettings(await this.loadData().catch(() => null)), (data) => this.saveData(data));
		const settings = this.store.current();
		this.index = createIndex({ entryTag: settings.entryTag, stages: vocabularyOf(settings.stages).stages });
		this.language = new LanguageState(settings.labelLanguage);
		this.sync = new VaultIndexSync(this.app, this.index, () => this.store.current().entryTag, undefined, this.loading);
		this.context = this.createContext();
		this.register(this.store.subscribe((next, changed) => this.applySettings(next, changed)));
		this.register(followStages(this.store, this.index));
		this.addSettingTab(new AtlasSettingTab(this, this.context, FEATURES.flatMap((f) => (f.settingSection ? [f.settingSection] : []))));
		for (const feature of FEATURES) feature.register?.(this, this.context);
		// Reading notes waits until Obsidian has finished loading its own workspace.
		// If we were unloaded before the layout was ready, starting now would register events nobody removes.
		this.app.workspace.onLayoutReady(() => {
			if (!this.unloaded) void this.sync.start(this);
		});
	}

	/** Obsidian calls this when the user turns the plugin on (not on every start): show the dashboard once. */
	onUserEnable(): void {
		this.app.workspace.onLayoutReady(() => {
			if (!this.unloaded) void openDashboard(this.context);
		});
	}

	onunload(): void {
		this.unloaded = true;
	}

	/** data.json changed on disk (another device's sync, `atlas import` adding stages): follow it. */
	async onExternalSettingsChange(): Promise<void> {
		const data: unknown = await this.loadData().catch(() => null);
		await this.store.reload(loadSettings(data));
	}

	private createContext(): AtlasContext {
		const context: AtlasContext = {
			app: this.app,
			index: this.index,
			loading: this.loading,
			language: this.language,
			settings: this.store,
			now: () => new Date(),
			actions: {
				createEntry: (initial) => void openNewEntryModal(context, initial),
				addSource: (file) => void openAddSourceModal(context, file),
			},
			reindex: () => this.reindex(),
			cardMenu: FEATURES.flatMap((f) => f.cardMenu ?? []),
			facts: new FactsService({
				file: adapterFactsFile(this.app.vault.adapter, this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`),
				http: requestUrlPort,
				// The token is read from secret storage for each run, never kept in settings.
				access: () => {
					const token = readGithubToken(this.app);
					return { base: {}, token: token === null ? {} : { github: token } };
				},
				now: () => new Date(),
				staleMonths: () => this.store.current().factsStaleMonths,
			}),
		};
		return context;
	}

	/** Settings that concern the whole plugin; the store waits for the re-index before `update` resolves. */
	private applySettings(settings: Readonly<AtlasSettings>, changed: ReadonlySet<SettingKey>): Promise<void> | void {
		if (changed.has("labelLanguage")) this.language.apply(settings.labelLanguage);
		if (changed.has("factsStaleMonths")) this.context.facts.changed();
		if (changed.has("entryTag")) return this.reindex();
	}

	/** After the entry tag changes every note must be re-read against the new tag. */
	private async reindex(): Promise<void> {
		const { entryTag, stages } = this.store.current();
		this.index.reset([], { ...this.index.parseOptions(), entryTag, vocabulary: vocabularyOf(stages) });
		await this.sync.rebuild();
	}
}
