import type { AtlasIndex } from "../../core/index/atlas-index";
import type { SettingsStore } from "../../core/settings/settings-store";
import { vocabularyOf } from "../../core/stages/stage-list";

/**
 * Keeps the index on the saved stage list: a change re-reads the kept entries against the new
 * vocabulary, and the dashboard, query blocks and exports (which read the index) regroup at once.
 * Returns the unsubscribe function.
 */
export function followStages(settings: SettingsStore, index: AtlasIndex): () => void {
	return settings.subscribe((next, changed) => {
		if (changed.has("stages")) index.reconfigure({ ...index.parseOptions(), vocabulary: vocabularyOf(next.stages) });
	});
}
