import { stageIdFor } from "../stages/stage-ids";
import { UNCATEGORIZED, type StageDefinition, type StageVocabulary } from "../stages/stage-vocabulary";
import { foldForMatch } from "../text/fold";
import type { ImportOptions, StageChoice, StageMapping } from "./import-plan";
import type { OutlineStage } from "./outline-types";
import { matchStageHeading } from "./stage-heading-match";

/** Choices are keyed by the folded heading title, so "LLM Inference" and "llm inference" share one. */
export function stageChoiceKey(title: string): string {
	return foldForMatch(title);
}

export interface StageMappings {
	of: Map<OutlineStage, StageMapping>;
	newStages: StageDefinition[];
}

/**
 * Maps each stage heading: the user's choice if any, else a label/alias match, else a new stage
 * (when allowed and the heading holds entries), else uncategorized with `stage_heading`.
 */
export function mapStages(stages: readonly OutlineStage[], options: ImportOptions): StageMappings {
	const { vocabulary } = options;
	const taken = new Set(vocabulary.stages.map((s) => s.id));
	const created = new Map<string, StageDefinition>();
	const of = new Map<OutlineStage, StageMapping>();
	const addNew = (title: string): StageMapping => {
		const key = stageChoiceKey(title);
		let stage = created.get(key);
		if (stage === undefined) {
			stage = { id: stageIdFor(title, taken), labels: { zh: title, en: title }, aliases: [] };
			taken.add(stage.id);
			created.set(key, stage);
		}
		return { kind: "new", stage: stage.id, chosen: false };
	};
	for (const stage of stages) {
		if (stage.heading === null) {
			const id = options.defaultStage !== undefined && vocabulary.get(options.defaultStage) ? options.defaultStage : UNCATEGORIZED;
			of.set(stage, { kind: "existing", stage: id, chosen: options.defaultStage !== undefined });
			continue;
		}
		const choice = options.choices?.get(stageChoiceKey(stage.title));
		const chosen = choice === undefined ? null : fromChoice(choice, stage.title, vocabulary, addNew);
		of.set(stage, chosen ?? guess(stage, options, addNew));
	}
	return { of, newStages: [...created.values()] };
}

function fromChoice(choice: StageChoice, title: string, vocabulary: StageVocabulary, addNew: (title: string) => StageMapping): StageMapping | null {
	if (choice.kind === "new") return { ...addNew(title), chosen: true };
	if (choice.kind === "uncategorized") return { kind: "uncategorized", stage: UNCATEGORIZED, chosen: true };
	return vocabulary.get(choice.stage) ? { kind: "existing", stage: choice.stage, chosen: true } : null;
}

function guess(stage: OutlineStage, options: ImportOptions, addNew: (title: string) => StageMapping): StageMapping {
	const known = matchStageHeading(stage.title, options.vocabulary);
	if (known !== null) return { kind: "existing", stage: known, chosen: false };
	if (options.newStages === true && stage.entries.length > 0) return addNew(stage.title);
	return { kind: "uncategorized", stage: UNCATEGORIZED, chosen: false };
}
