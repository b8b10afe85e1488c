import { NameLookup, placeInTree } from "../index/derivative-tree";
import type { StageGroup } from "../index/index-snapshot";
import type { Entry } from "../model/entry";
import { UNCATEGORIZED, type StageId, type StageVocabulary } from "../stages/stage-vocabulary";

/** One result row of a base: the entry as the atlas reads it, and the text of the view's stage property. */
export interface StagedRow {
	entry: Entry;
	/** The configured property's value as text; null when the note has none. */
	stageValue: string | null;
}

/**
 * Groups rows the way the dashboard does: every stage of the vocabulary in order (empty ones too),
 * derivatives under their parent. Rows keep the order they came in (the base's sort). The stage is
 * the property's value when it names a stage, else the stage the atlas reads (stage field or nested tag).
 */
export function groupByStage(rows: readonly StagedRow[], vocabulary: StageVocabulary): StageGroup[] {
	const entries = rows.map((row) => row.entry);
	const lookup = new NameLookup(entries);
	const byStage = new Map<StageId, Entry[]>();
	for (const row of rows) {
		const stage = stageOfRow(row, vocabulary);
		const list = byStage.get(stage);
		if (list) list.push(row.entry);
		else byStage.set(stage, [row.entry]);
	}
	return vocabulary.stages.map((stage) => ({ stage, entries: placeInTree(byStage.get(stage.id) ?? [], (entry) => lookup.parentOf(entry)) }));
}

export function stageOfRow(row: StagedRow, vocabulary: StageVocabulary): StageId {
	const fromProperty = row.stageValue === null ? null : vocabulary.resolve(row.stageValue);
	const stage = fromProperty ?? row.entry.stage;
	return vocabulary.get(stage) ? stage : UNCATEGORIZED;
}
