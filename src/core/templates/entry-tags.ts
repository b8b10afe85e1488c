import { isObsidianTag, sameTag, withTagCharacters } from "../parse/tags";

/**
 * A tag as Obsidian will read it back: no leading `#`, and each run of characters a tag cannot hold
 * (spaces, commas, `:`, `.`, `&`, quotes, brackets…) becomes "-"; letters of any script, digits, emoji,
 * `_`, `-` and `/` nesting stay. A purely numeric tag (`2024`), which Obsidian ignores, becomes "".
 */
export function normalizeTag(tag: string): string {
	const normalized = withTagCharacters(tag.trim().replace(/^#+/, "").replace(/[，]+/g, "-")).replace(/^-+|-+$/g, "");
	return isObsidianTag(normalized) ? normalized : "";
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
