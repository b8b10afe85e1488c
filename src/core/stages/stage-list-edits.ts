import { stageIdFor } from "./stage-ids";
import type { Language, StageDefinition, StageId } from "./stage-vocabulary";

/**
 * Edits of the user's stage list, each returning a new list (the caller validates and saves).
 * Ids never change once made: renaming a label touches no note.
 */
export function addStage(stages: readonly StageDefinition[], label: string, language: Language, id?: StageId): StageDefinition[] {
	const text = label.trim();
	const taken = new Set(stages.map((s) => s.id));
	const stageId = id !== undefined && id.trim() !== "" ? id.trim() : stageIdFor(text, taken);
	return [...stages, { id: stageId, labels: { en: language === "en" ? text : "", zh: language === "zh" ? text : "" }, aliases: [] }];
}

export function renameStage(stages: readonly StageDefinition[], id: StageId, language: Language, label: string): StageDefinition[] {
	return stages.map((s) => (s.id === id ? { ...s, labels: { ...s.labels, [language]: label.trim() } } : s));
}

/** Aliases as typed in one field, separated by commas (`,` or `，`). */
export function setAliases(stages: readonly StageDefinition[], id: StageId, text: string): StageDefinition[] {
	const aliases = text.split(/[,，]/).map((a) => a.trim()).filter((a) => a !== "");
	return stages.map((s) => (s.id === id ? { ...s, aliases } : s));
}

export function moveStage(stages: readonly StageDefinition[], from: number, to: number): StageDefinition[] {
	if (from < 0 || from >= stages.length || to < 0 || to >= stages.length || from === to) return [...stages];
	const next = [...stages];
	const [moved] = next.splice(from, 1);
	next.splice(to, 0, moved!);
	return next;
}

export function removeStage(stages: readonly StageDefinition[], id: StageId): StageDefinition[] {
	return stages.filter((s) => s.id !== id);
}
