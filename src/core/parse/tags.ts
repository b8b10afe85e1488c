/**
 * Reads a `tags` value in every form Obsidian accepts: a YAML list, or one string
 * separated by commas and/or spaces, each tag with or without `#`.
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
