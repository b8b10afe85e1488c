import { UNCATEGORIZED, type StageId, type StageVocabulary } from "../stages/stage-vocabulary";

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/**
 * The stage a heading names: its text equals a label or alias (`## 推理`), or contains one as a
 * whole word (`## LLM Inference`) or inside a CJK run (`### 5. LLM推理部署框架`). The longest
 * spelling wins, then the earlier stage. Uncategorized is matched only by its exact spellings,
 * so "Other Papers" does not vanish into it.
 */
export function matchStageHeading(title: string, vocabulary: StageVocabulary): StageId | null {
	const exact = vocabulary.resolve(title);
	if (exact !== null) return exact;
	const text = normalize(title);
	let best: { id: StageId; length: number } | null = null;
	for (const stage of vocabulary.stages) {
		if (stage.id === UNCATEGORIZED) continue;
		for (const spelling of [stage.labels.en, stage.labels.zh, ...stage.aliases]) {
			const wanted = normalize(spelling);
			if (wanted === "" || (best !== null && wanted.length <= best.length)) continue;
			if (contains(text, wanted)) best = { id: stage.id, length: wanted.length };
		}
	}
	return best?.id ?? null;
}

function normalize(text: string): string {
	return text.normalize("NFKC").toLowerCase().replace(/[\s\-_]+/g, " ").trim();
}

/** CJK spellings match anywhere (CJK has no spaces); others only between non-letters. */
function contains(text: string, wanted: string): boolean {
	if (CJK.test(wanted)) return text.includes(wanted);
	for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
		if (!isWordChar(text[at - 1]) && !isWordChar(text[at + wanted.length])) return true;
	}
	return false;
}

function isWordChar(char: string | undefined): boolean {
	return char !== undefined && /[a-z0-9]/.test(char);
}
