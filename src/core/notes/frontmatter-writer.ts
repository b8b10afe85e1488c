import { dump, CORE_SCHEMA } from "js-yaml";

export type FrontmatterValue = string | number | boolean | null | FrontmatterValue[] | { [key: string]: FrontmatterValue };

/**
 * Serialises frontmatter with a YAML serializer, never by string concatenation, so any value
 * (": ", "#", quotes, a leading "@", "12:30", full-width punctuation, newlines) reads back as written.
 * Keys keep their insertion order; null/undefined fields are left out.
 */
export function writeFrontmatter(fields: Record<string, FrontmatterValue | undefined>): string {
	const present: Record<string, FrontmatterValue> = {};
	for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== null) present[key] = value;
	if (Object.keys(present).length === 0) return "---\n---\n";
	const yaml = dump(present, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"', flowLevel: -1 });
	return `---\n${yaml}---\n`;
}

/** A whole note: frontmatter, then the body exactly as given. */
export function composeNote(fields: Record<string, FrontmatterValue | undefined>, body: string): string {
	return writeFrontmatter(fields) + body;
}
