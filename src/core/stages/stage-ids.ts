import { UNCATEGORIZED, type StageId } from "./stage-vocabulary";

const MAX_SLUG = 40;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/**
 * A stable ASCII id for a new stage, made once from its label: "LLM Inference" → `llm-inference`;
 * a label with no ASCII letters ("调度") gets a short slug from its hash (`stage-1x9k2f`). Never
 * `uncategorized` nor an id already taken (`-2`, `-3`… are appended).
 */
export function stageIdFor(label: string, taken: ReadonlySet<StageId>): StageId {
	// "LLM评测" is not an English label: its ASCII part alone ("llm") would name the wrong thing.
	const slug = CJK.test(label) ? "" : asciiSlug(label);
	const base = slug === "" ? `stage-${shortHash(label.normalize("NFC").trim())}` : slug;
	const free = (id: string) => id !== UNCATEGORIZED && !taken.has(id);
	if (free(base)) return base;
	for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}

export const STAGE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function asciiSlug(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "")
		.slice(0, MAX_SLUG)
		.replace(/-+$/, "");
}

/** FNV-1a over UTF-16 code units, in base 36: short, stable across runs and machines. */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(6, "0").slice(0, 6);
}
