/**
 * Reads a `tags` value leniently: a YAML list, or one string separated by commas and/or spaces, each
 * tag with or without `#`. For deciding whether a note may be an entry and for merging a template's tags;
 * what an entry's tags are is readFrontmatterTags' job.
 * Returns null when the value is of a type no tag can come from.
 */
export function readTags(value: unknown): string[] | null {
	if (value === undefined || value === null) return [];
	const items = Array.isArray(value) ? value : [value];
	const tags: string[] = [];
	for (const item of items) {
		if (typeof item !== "string" && typeof item !== "number") return null;
		for (const piece of String(item).split(/[,\s]+/)) addTag(tags, piece);
	}
	return tags;
}

function addTag(tags: string[], raw: string): void {
	const tag = raw.replace(/^#+/, "").trim();
	if (tag === "") return;
	if (!tags.some((t) => sameTag(t, tag))) tags.push(tag);
}

/**
 * Characters Obsidian ends a tag at: whitespace, ASCII punctuation other than `_`, `-` and `/`, and the
 * General (U+2000–206F) and Supplemental (U+2E00–2E7F) Punctuation blocks. Everything else (letters and
 * digits of any script, CJK, emoji, other symbols) may be in a tag. This is the character class of
 * Obsidian's own tag pattern as other plugins copied it from the shipped app.js; the help vault's Tags
 * page says the same in words ("letters, numbers, _, -, / ... emojis and other symbols").
 */
const NOT_IN_TAG = /[\u2000-\u206F\u2E00-\u2E7F'!"#$%&()*+,.:;<=>?@^`{|}~[\]\\\s\p{Cc}]/u;

const NOT_IN_TAG_RUNS = new RegExp(`${NOT_IN_TAG.source}+`, "gu");

/** `text` with every run of characters Obsidian ends a tag at replaced by `-`. */
export function withTagCharacters(text: string): string {
	return text.replace(NOT_IN_TAG_RUNS, "-");
}

/** A tag Obsidian accepts: only tag characters, and at least one that is not a digit (`1984` is not a tag, `y1984` is). */
export function isObsidianTag(tag: string): boolean {
	return tag !== "" && !NOT_IN_TAG.test(tag) && /\D/.test(tag);
}

/**
 * A way of writing tags that Obsidian 1.9+ no longer reads: the singular `tag:` key, or one text holding
 * several tags (`tags: a, b`, `tags: a b`), which Obsidian takes as a single invalid tag, so none.
 */
export type LegacyTagForm = "tag-key" | "text-list";

export interface FrontmatterTags {
	/** The property the tags came from, as written (`tags`, `Tags`, `tag`), or null when there is none. */
	key: string | null;
	/** Valid tags, without `#`, first spelling of each (case-insensitive) kept. */
	tags: string[];
	/** Values dropped because Obsidian does not accept them as tags, as written. */
	invalid: string[];
	legacy: LegacyTagForm | null;
}

/**
 * A note's tags as Obsidian 1.9+ reads them: the first property named `tags` in any case, holding a list
 * of texts or a single text. Legacy forms are still read (so an old vault's entries stay entries) and
 * reported in `legacy`. Null when the value is of a type no tag can come from (a mapping, nested lists).
 */
export function readFrontmatterTags(data: Readonly<Record<string, unknown>>): FrontmatterTags | null {
	const key = findTagsKey(data);
	const result: FrontmatterTags = { key, tags: [], invalid: [], legacy: key !== null && !/^tags$/i.test(key) ? "tag-key" : null };
	const value = key === null ? undefined : data[key];
	if (value === undefined || value === null) return result;
	if (Array.isArray(value)) {
		for (const item of value) {
			if (item === null) continue;
			if (typeof item !== "string" && typeof item !== "number") return null;
			keepIfValid(result, String(item));
		}
		return result;
	}
	if (typeof value !== "string" && typeof value !== "number") return null;
	const text = String(value).trim();
	const pieces = text.split(/[,\s]+/).filter((piece) => piece !== "");
	if (pieces.length > 1 || /[,\s]/.test(text)) result.legacy = result.legacy ?? "text-list";
	for (const piece of pieces) keepIfValid(result, piece);
	return result;
}

/** The property tags are read from: the first named `tags` in any case, else the first named `tag`. */
export function findTagsKey(data: Readonly<Record<string, unknown>>): string | null {
	const keys = Object.keys(data);
	return keys.find((k) => /^tags$/i.test(k)) ?? keys.find((k) => /^tag$/i.test(k)) ?? null;
}

function keepIfValid(result: FrontmatterTags, written: string): void {
	const tag = written.trim().replace(/^#+/, "");
	if (tag === "") return;
	if (!isObsidianTag(tag)) {
		if (!result.invalid.includes(written.trim())) result.invalid.push(written.trim());
	} else if (!result.tags.some((t) => sameTag(t, tag))) result.tags.push(tag);
}

export function sameTag(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

/** Obsidian's nesting: `rl` covers `rl` and `rl/grpo`, not `grpo` or `rlhf`. */
export function tagCovers(parent: string, tag: string): boolean {
	return coversTag(parent)(tag.toLowerCase());
}

/** `tagCovers` with the parent folded once, for testing many tags that are already lower-cased. */
export function coversTag(parent: string): (lowerCasedTag: string) => boolean {
	const folded = parent.toLowerCase().replace(/^#/, "");
	const nested = `${folded}/`;
	return (tag) => tag === folded || tag.startsWith(nested);
}
