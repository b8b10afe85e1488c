import { yamlKey, yamlNumber, yamlString } from "./yaml-scalar";

export type FrontmatterValue = string | number | boolean | null | FrontmatterValue[] | { [key: string]: FrontmatterValue };

/**
 * Serialises frontmatter with a YAML writer, never by pasting text into YAML, so any value
 * (": ", "#", quotes, a leading "@", "12:30", full-width punctuation, newlines) reads back as written
 * (see yaml-scalar.ts for why). Block style, two-space indent; keys keep their insertion order;
 * null/undefined fields are left out.
 */
export function writeFrontmatter(fields: Record<string, FrontmatterValue | undefined>): string {
	const lines = mappingLines(Object.entries(fields).filter(isWritten), "");
	return lines.length === 0 ? "---\n---\n" : `---\n${lines.join("\n")}\n---\n`;
}

/** A whole note: frontmatter, then the body exactly as given. */
export function composeNote(fields: Record<string, FrontmatterValue | undefined>, body: string): string {
	return writeFrontmatter(fields) + body;
}

type Field = [string, FrontmatterValue];

function isWritten(field: [string, FrontmatterValue | undefined]): field is Field {
	return field[1] !== undefined && field[1] !== null;
}

function mappingLines(fields: Field[], indent: string): string[] {
	return fields.flatMap(([key, value]) => {
		const head = `${indent}${yamlKey(key)}:`;
		const nested = blockLines(value, `${indent}  `);
		return nested === null ? [`${head} ${scalar(value)}`] : [head, ...nested];
	});
}

/** `- item` lines; a nested list or mapping starts on the dash's line (`- label: x`, `- - a`). */
function sequenceLines(items: FrontmatterValue[], indent: string): string[] {
	return items.flatMap((item) => {
		const nested = blockLines(item, `${indent}  `);
		if (nested === null) return [`${indent}- ${scalar(item)}`];
		return [`${indent}- ${nested[0]!.slice(indent.length + 2)}`, ...nested.slice(1)];
	});
}

/** Lines for a non-empty list or mapping; null for what fits after `key: ` (scalars, `[]`, `{}`). */
function blockLines(value: FrontmatterValue, indent: string): string[] | null {
	if (Array.isArray(value)) return value.length === 0 ? null : sequenceLines(value, indent);
	if (isMapping(value)) {
		// Nested undefined is skipped like a top-level one; a nested null is data and is kept.
		const fields = Object.entries(value).filter((field): field is Field => field[1] !== undefined);
		return fields.length === 0 ? null : mappingLines(fields, indent);
	}
	return null;
}

function scalar(value: FrontmatterValue): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "[]";
	switch (typeof value) {
		case "string":
			return yamlString(value);
		case "number":
			return yamlNumber(value);
		case "boolean":
			return value ? "true" : "false";
		default:
			// Only plain data reaches here by type; anything else (a function, a stray undefined in a list) is a bug to surface.
			if (isMapping(value)) return "{}";
			throw new TypeError(`frontmatter cannot hold a ${typeof value}`);
	}
}

function isMapping(value: FrontmatterValue): value is { [key: string]: FrontmatterValue } {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
