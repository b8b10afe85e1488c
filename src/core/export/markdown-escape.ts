import { isSafeWebUrl } from "../parse/safe-url";

// Our text never starts a line, so only inline syntax matters: with brackets escaped, "(" cannot finish a link.
const SIGNIFICANT = /[\\`*_[\]#!|~<>&]/g;
const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/**
 * Note text as inline Markdown that renders as exactly that text: no links, images, HTML, emphasis
 * or autolinks can come out of it. Line breaks are folded so text never starts a block of its own.
 */
export function escapeMarkdownText(text: string): string {
	return text
		.replace(/\s+/g, " ")
		.trim()
		.replace(SIGNIFICANT, (c) => ENTITIES[c] ?? `\\${c}`)
		// GitHub turns "https://…" and "www.…" in text into links; an escaped character breaks the pattern.
		.replace(/:(?=\/\/)/g, "\\:")
		.replace(/\b(www)\./gi, "$1\\.");
}

/** A link destination, or null when the URL is not http(s). Characters that end a destination are percent-encoded. */
export function markdownUrl(url: string | null): string | null {
	if (url === null || !isSafeWebUrl(url)) return null;
	return url.replace(/[()<>\s\\]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}

export function markdownLink(text: string, url: string | null): string {
	const target = markdownUrl(url);
	return target === null ? escapeMarkdownText(text) : `[${escapeMarkdownText(text)}](${target})`;
}

/** GitHub's heading anchor: lower case, punctuation dropped (letters of any script kept), spaces to hyphens. */
export function githubAnchor(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
		.replace(/\s/g, "-");
}
