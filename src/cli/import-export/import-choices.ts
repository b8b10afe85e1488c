import type { StageChoice } from "../../core/import/import-plan";
import { stageChoiceKey } from "../../core/import/stage-mapping";
import { UNCATEGORIZED, type StageId, type StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { Translate } from "../../i18n/translator";
import { UsageError } from "../cli-io";

/**
 * `--map "推理=deploy,调度=new,Ckpt=uncategorized"`: per stage heading, a stage (id, label or alias),
 * `new` or `uncategorized`. Headings are matched as the import compares them (case and spacing aside).
 */
export function parseStageMap(value: string, vocabulary: StageVocabulary, t: Translate): Map<string, StageChoice> {
	const choices = new Map<string, StageChoice>();
	for (const pair of value.split(/[,，]/)) {
		if (pair.trim() === "") continue;
		const at = Math.max(pair.lastIndexOf("="), pair.lastIndexOf("＝"));
		const heading = at === -1 ? "" : pair.slice(0, at).trim();
		const stage = at === -1 ? "" : pair.slice(at + 1).trim();
		if (heading === "" || stage === "") throw new UsageError(t("importExport.mapBad", { value: pair.trim() }));
		choices.set(stageChoiceKey(heading), choiceFor(stage, vocabulary, t));
	}
	return choices;
}

function choiceFor(stage: string, vocabulary: StageVocabulary, t: Translate): StageChoice {
	const word = stage.toLowerCase();
	if (word === "new") return { kind: "new" };
	const id = vocabulary.resolve(stage);
	if (word === UNCATEGORIZED || id === UNCATEGORIZED) return { kind: "uncategorized" };
	if (id === null) throw new UsageError(t("importExport.mapUnknownStage", { stage }));
	return { kind: "existing", stage: id };
}

/** `--stage STAGE`: where the entries of a list without stage headings go. */
export function resolveStageOption(value: string, vocabulary: StageVocabulary, t: Translate): StageId {
	const id = vocabulary.resolve(value);
	if (id === null) throw new UsageError(t("importExport.stageUnknown", { stage: value }));
	return id;
}
