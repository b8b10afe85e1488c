import { foldForMatch } from "../text/fold";
import { STAGE_ID_PATTERN } from "./stage-ids";
import { DEFAULT_STAGES, StageVocabulary, UNCATEGORIZED, type StageDefinition } from "./stage-vocabulary";

/**
 * Why a stage list (the `stages` setting, or a `--stages FILE`) was refused. `index` is 0-based;
 * messages are phrased by the i18n layer from `code` and the params.
 */
export type StageListProblem =
	| { code: "not-array" }
	| { code: "not-object"; index: number }
	| { code: "bad-id"; index: number; id: string }
	| { code: "duplicate-id"; index: number; id: string }
	| { code: "reserved-id"; index: number; id: string }
	| { code: "empty-label"; index: number; id: string }
	| { code: "bad-label"; index: number; id: string }
	| { code: "bad-aliases"; index: number; id: string };

export type StageListResult = { ok: true; stages: StageDefinition[] } | { ok: false; problems: StageListProblem[] };

/** The user's stages as stored: the defaults without `uncategorized`, which is always added last. */
export const DEFAULT_STAGE_LIST: readonly StageDefinition[] = DEFAULT_STAGES.filter((s) => s.id !== UNCATEGORIZED);

const UNCATEGORIZED_DEFINITION = DEFAULT_STAGES.find((s) => s.id === UNCATEGORIZED)!;
/** Spellings that already mean Uncategorized: a stage labelled so would take `stage: uncategorized` away from it. */
const RESERVED = new Set([UNCATEGORIZED, UNCATEGORIZED_DEFINITION.labels.en, UNCATEGORIZED_DEFINITION.labels.zh].map(foldForMatch));

/**
 * Checks a stage list and returns it cleaned (labels and aliases trimmed, a missing label filled
 * from the other language, repeated aliases dropped), or every problem found. Never throws.
 */
export function validateStageList(value: unknown): StageListResult {
	if (!Array.isArray(value)) return { ok: false, problems: [{ code: "not-array" }] };
	const problems: StageListProblem[] = [];
	const stages: StageDefinition[] = [];
	const ids = new Set<string>();
	value.forEach((item: unknown, index) => {
		const stage = readStage(item, index, problems);
		if (stage === null) return;
		if (ids.has(stage.id)) problems.push({ code: "duplicate-id", index, id: stage.id });
		ids.add(stage.id);
		stages.push(stage);
	});
	return problems.length === 0 ? { ok: true, stages } : { ok: false, problems };
}

function readStage(item: unknown, index: number, problems: StageListProblem[]): StageDefinition | null {
	if (item === null || typeof item !== "object" || Array.isArray(item)) {
		problems.push({ code: "not-object", index });
		return null;
	}
	const record = item as Record<string, unknown>;
	const id = typeof record.id === "string" ? record.id.trim() : "";
	if (!STAGE_ID_PATTERN.test(id)) {
		problems.push({ code: "bad-id", index, id: typeof record.id === "string" ? record.id : JSON.stringify(record.id ?? null) });
		return null;
	}
	if (RESERVED.has(foldForMatch(id))) {
		problems.push({ code: "reserved-id", index, id });
		return null;
	}
	const labels = readLabels(record.labels);
	if (labels === null) {
		problems.push({ code: "bad-label", index, id });
		return null;
	}
	if (labels.en === "" && labels.zh === "") {
		problems.push({ code: "empty-label", index, id });
		return null;
	}
	const aliases = readAliases(record.aliases);
	if (aliases === null) {
		problems.push({ code: "bad-aliases", index, id });
		return null;
	}
	if ([labels.en, labels.zh, ...aliases].some((spelling) => RESERVED.has(foldForMatch(spelling)))) {
		problems.push({ code: "reserved-id", index, id });
		return null;
	}
	// A stage with one label shows it in both languages.
	return { id, labels: { zh: labels.zh || labels.en, en: labels.en || labels.zh }, aliases };
}

function readLabels(value: unknown): { en: string; zh: string } | null {
	if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
	const { en, zh } = value as Record<string, unknown>;
	if ((en !== undefined && typeof en !== "string") || (zh !== undefined && typeof zh !== "string")) return null;
	return { en: (en ?? "").trim(), zh: (zh ?? "").trim() };
}

function readAliases(value: unknown): string[] | null {
	if (value === undefined) return [];
	if (!Array.isArray(value) || !value.every((a): a is string => typeof a === "string")) return null;
	const seen = new Set<string>();
	const aliases: string[] = [];
	for (const alias of value.map((a) => a.trim())) {
		const key = foldForMatch(alias);
		if (alias === "" || seen.has(key)) continue;
		seen.add(key);
		aliases.push(alias);
	}
	return aliases;
}

/** The full list a vocabulary is built from: the user's stages, then Uncategorized. */
export function withUncategorized(stages: readonly StageDefinition[]): StageDefinition[] {
	return [...stages.filter((s) => s.id !== UNCATEGORIZED), UNCATEGORIZED_DEFINITION];
}

/** The vocabulary of the user's stages (the `stages` setting), Uncategorized last. */
export function vocabularyOf(stages: readonly StageDefinition[]): StageVocabulary {
	return new StageVocabulary(withUncategorized(stages));
}
