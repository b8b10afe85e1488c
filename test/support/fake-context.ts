/**
 * An AtlasContext without a plugin: a real index, label language and settings store on whatever
 * app the test gives (a FakeApp, or a bare object for a modal in the browser), a fixed clock, and
 * entry actions that only record what was asked. Views, modals and code blocks take it as is.
 */
import type { App, TFile } from "obsidian";
import { createIndex } from "../../src/core/index/build-index";
import { loadSettings } from "../../src/core/settings/load-settings";
import { createSettingsStore, type SettingsStore } from "../../src/core/settings/settings-store";
import type { NewEntryInput } from "../../src/core/templates/new-entry";
import type { AtlasContext, CardMenuItem } from "../../src/plugin/atlas-context";
import { LanguageState } from "../../src/plugin/language-state";
import { FactsService } from "../../src/plugin/repo-facts/facts-service";
import { TransportError } from "../../src/core/repo-facts/http-port";
import { followStages } from "../../src/plugin/stages/follow-stages";
import { vocabularyOf } from "../../src/core/stages/stage-list";

export interface FakeContext extends AtlasContext {
	readonly settings: SettingsStore;
	/** What the context was asked to do. */
	readonly calls: { createEntry: Partial<NewEntryInput>[]; addSource: string[]; reindex: number };
	/** Every object handed to the store's save, in order. */
	readonly saved: Record<string, unknown>[];
}

export interface FakeContextOptions {
	app?: unknown;
	/** What data.json holds (read by the real loader). */
	stored?: unknown;
	notes?: Iterable<[string, string]>;
	now?: Date;
	cardMenu?: readonly CardMenuItem[];
}

export function fakeContext(options: FakeContextOptions = {}): FakeContext {
	const saved: Record<string, unknown>[] = [];
	const settings = createSettingsStore(loadSettings(options.stored ?? null), async (data) => void saved.push(data));
	const index = createIndex({ entryTag: settings.current().entryTag, stages: vocabularyOf(settings.current().stages).stages });
	index.reset(options.notes ?? []);
	followStages(settings, index);
	const language = new LanguageState(settings.current().labelLanguage);
	settings.subscribe((next, changed) => {
		if (changed.has("labelLanguage")) language.apply(next.labelLanguage);
	});
	const calls: FakeContext["calls"] = { createEntry: [], addSource: [], reindex: 0 };
	const now = options.now ?? new Date(2026, 10, 27, 9, 30);
	return {
		app: (options.app ?? {}) as App,
		index,
		// A fake context's index is filled before anything renders: never "reading".
		loading: { current: () => null, subscribe: () => () => undefined },
		language,
		settings,
		now: () => new Date(now.getTime()),
		actions: {
			createEntry: (initial = {}) => void calls.createEntry.push(initial),
			addSource: (file: TFile) => void calls.addSource.push(file.path),
		},
		reindex: async () => void calls.reindex++,
		cardMenu: options.cardMenu ?? [],
		// No network and no file: a fake context's facts are empty unless a test refreshes through its own service.
		facts: new FactsService({
			file: { read: async () => null, writeAtomically: async () => undefined, setAside: async (stamp) => stamp },
			http: async () => {
				throw new TransportError("network", "no network in a fake context");
			},
			access: () => ({ base: {}, token: {} }),
			now: () => new Date(now.getTime()),
			staleMonths: () => settings.current().factsStaleMonths,
		}),
		calls,
		saved,
	};
}

/** The same context (the plugin's, say) with a fixed clock. */
export function withClock(context: AtlasContext, now: Date): AtlasContext {
	return { ...context, now: () => new Date(now.getTime()) };
}
