import { sameTag } from "../parse/tags";

/**
 * A tag as it can be stored and read back: no leading `#`, no whitespace or commas (the note reader
 * splits on them) and no inner `#`; those become "-". Everything else (CJK, emoji, `/` nesting) stays.
 */
export function normalizeTag(tag: string): string {
	return tag
		.trim()
		.replace(/^#+/, "")
		.replace(/[\s,，#]+/g, "-")
		.replace(/^-+|-+$/g, "");
}

/** The entry tag first, then the user's tags in order; empty and duplicate (case-insensitive) tags dropped. */
export function entryTags(entryTag: string, tags: readonly string[]): string[] {
	const out: string[] = [];
	for (const raw of [entryTag, ...tags]) {
		const tag = normalizeTag(raw);
		if (tag !== "" && !out.some((t) => sameTag(t, tag))) out.push(tag);
	}
	return out;
}

/** `"a, b ,#c"` (CLI `--tags`, the modal's field) → `["a", "b", "c"]`. */
export function splitTagList(text: string): string[] {
	return text
		.split(/[,，\s]+/)
		.map(normalizeTag)
		.filter((t) => t !== "");
}
