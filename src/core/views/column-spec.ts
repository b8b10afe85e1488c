import type { ColumnSpec } from "../query/query-types";

/**
 * `#rl` (the tags one level under rl) or `grpo,ppo,dpo` (those tags; Chinese commas too), as in the
 * `columns:` keyword and `atlas export --matrix`. Null when it names no tag at all.
 */
export function readColumnSpec(text: string): ColumnSpec | null {
	const value = text.trim();
	if (value.startsWith("#") && !/[,，、]/.test(value)) {
		const parent = cleanTag(value);
		return parent === "" ? null : { kind: "children", parent };
	}
	const tags: string[] = [];
	for (const part of value.split(/[,，、]/)) {
		const tag = cleanTag(part);
		if (tag !== "" && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
	}
	return tags.length === 0 ? null : { kind: "tags", tags };
}

function cleanTag(text: string): string {
	return text.trim().replace(/^#+/, "").replace(/\/+$/, "");
}
