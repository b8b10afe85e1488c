import type { IndexSnapshot, PlacedEntry } from "../index/index-snapshot";
import type { DatedSource, Entry } from "../model/entry";
import type { Language, StageDefinition } from "../stages/stage-vocabulary";
import { entryName, entrySummary, type LocalizedText } from "../text/bilingual";

/** One entry as every export format shows it; texts are still raw note text, to be escaped by the format. */
export interface CatalogueItem {
	name: string;
	starred: boolean;
	repo: string | null;
	summary: LocalizedText | null;
	/** Shown only when the parent is not the item this one is nested under. */
	basedOn: string | null;
	newest: DatedSource | null;
	sourceCount: number;
	/** Repository facts as one phrase, when the export includes them. */
	facts: string | null;
	children: CatalogueItem[];
}

export interface CatalogueStage {
	stage: StageDefinition;
	label: string;
	count: number;
	items: CatalogueItem[];
}

/** Stages in vocabulary order, empty ones included; derivatives nested under their parent as in the dashboard. */
type FactsText = ((entry: Entry) => string | null) | undefined;

export function catalogueStages(snapshot: IndexSnapshot, language: Language, facts?: FactsText): CatalogueStage[] {
	return snapshot.stages.map((group) => ({
		stage: group.stage,
		label: group.stage.labels[language],
		count: group.entries.length,
		items: nest(group.entries, language, facts),
	}));
}

function nest(placed: readonly PlacedEntry[], language: Language, facts: FactsText): CatalogueItem[] {
	const roots: CatalogueItem[] = [];
	const trail: CatalogueItem[] = [];
	for (const { entry, depth } of placed) {
		const item = toItem(entry, language, depth > 0, facts);
		trail.length = depth;
		const parent = depth > 0 ? trail[depth - 1] : undefined;
		(parent ? parent.children : roots).push(item);
		trail[depth] = item;
	}
	return roots;
}

function toItem(entry: Entry, language: Language, nested: boolean, facts: FactsText): CatalogueItem {
	return {
		name: entryName(entry, language).text,
		starred: entry.starred,
		repo: entry.repo,
		summary: entrySummary(entry, language),
		basedOn: nested ? null : entry.basedOn,
		newest: newestSource(entry.sources),
		sourceCount: entry.sources.length,
		facts: facts?.(entry) ?? null,
		children: [],
	};
}

/** Dates are normalized local wall-clock text (`YYYY-MM-DD[THH:mm[:ss]]`), so text order is time order. */
export function newestSource(sources: readonly DatedSource[]): DatedSource | null {
	let newest: DatedSource | null = null;
	for (const source of sources) if (newest === null || source.date > newest.date) newest = source;
	return newest;
}

/** `2025-07-02T14:01:48` → `2025-07-02 14:01`: minutes are enough in a catalogue. */
export function shortDate(date: string): string {
	return date.replace("T", " ").slice(0, 16);
}
