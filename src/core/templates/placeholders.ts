/**
 * Template placeholders: plain text substitution from a fixed whitelist. No expressions, no
 * filters, nothing evaluated. `{{ name }}` (spaces inside the braces) works too. An unknown
 * placeholder such as `{{author}}` is left in the note exactly as written, so a template meant
 * for another plugin is not silently emptied.
 */
export const PLACEHOLDER_NAMES = ["name", "stage", "repo", "tags", "date", "time", "weekday", "source"] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];
export type PlaceholderValues = Record<PlaceholderName, string>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;

function isPlaceholder(name: string): name is PlaceholderName {
	return (PLACEHOLDER_NAMES as readonly string[]).includes(name);
}

/** Replaces every known placeholder in `text`; the replacement text is never rescanned. */
export function substitute(text: string, values: PlaceholderValues): string {
	return text.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}

/** `{{tags}}` alone (the whole value): lets a frontmatter value become a list instead of text. */
export function solePlaceholder(text: string): PlaceholderName | null {
	const match = /^\{\{\s*([A-Za-z_][\w-]*)\s*\}\}$/.exec(text.trim());
	return match && isPlaceholder(match[1]!) ? match[1] : null;
}
