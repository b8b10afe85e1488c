import type { IndexSnapshot, PlacedEntry } from "../index/index-snapshot";
import type { Entry } from "../model/entry";
import type { Language, StageDefinition } from "../stages/stage-vocabulary";
import { entryView, type EntryView } from "../view/entry-view";

/** One entry as every export format shows it; the view's texts are raw note text, to be escaped by the format. */
export interface CatalogueItem {
	view: EntryView;
	/** False when the parent is the item this one is nested under: the nesting already says it. */
	showBasedOn: boolean;
	children: CatalogueItem[];
}

export interface CatalogueStage {
	stage: StageDefinition;
	label: string;
	count: number;
	items: CatalogueItem[];
}

/** Stages in vocabulary order, empty ones included; derivatives nested under their parent as in the dashboard. */
export function catalogueStages(snapshot: IndexSnapshot, language: Language): CatalogueStage[] {
	return snapshot.stages.map((group) => ({
		stage: group.stage,
		label: group.stage.labels[language],
		count: group.entries.length,
		items: nest(group.entries, language),
	}));
}

function nest(placed: readonly PlacedEntry[], language: Language): CatalogueItem[] {
	const roots: CatalogueItem[] = [];
	const trail: CatalogueItem[] = [];
	for (const { entry, depth } of placed) {
		const item = toItem(entry, language, depth > 0);
		trail.length = depth;
		const parent = depth > 0 ? trail[depth - 1] : undefined;
		(parent ? parent.children : roots).push(item);
		trail[depth] = item;
	}
	return roots;
}

function toItem(entry: Entry, language: Language, nested: boolean): CatalogueItem {
	const view = entryView(entry, language);
	return { view, showBasedOn: !nested && view.basedOn !== null, children: [] };
}
