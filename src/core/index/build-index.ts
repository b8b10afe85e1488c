import { DEFAULT_STAGES, StageVocabulary, type StageDefinition } from "../stages/stage-vocabulary";
import { DEFAULT_SETTINGS } from "../settings/atlas-settings";
import { AtlasIndex } from "./atlas-index";

/** The settings the core itself needs; the plugin's settings carry these among others. */
export interface AtlasSettingsCore {
	entryTag: string;
	stages: readonly StageDefinition[];
}

export const DEFAULT_CORE_SETTINGS: AtlasSettingsCore = { entryTag: DEFAULT_SETTINGS.entryTag, stages: DEFAULT_STAGES };

export function createIndex(settings: Partial<AtlasSettingsCore> = {}): AtlasIndex {
	const merged = { ...DEFAULT_CORE_SETTINGS, ...settings };
	return new AtlasIndex({ entryTag: merged.entryTag, vocabulary: new StageVocabulary(merged.stages) });
}

export function buildIndex(notes: Iterable<[string, string]>, settings: Partial<AtlasSettingsCore> = {}): AtlasIndex {
	const index = createIndex(settings);
	index.reset(notes);
	return index;
}
