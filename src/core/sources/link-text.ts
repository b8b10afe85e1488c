import { isSafeWebUrl } from "../parse/safe-url";

export interface LinkText {
	title: string;
	url: string;
}

const MARKDOWN_LINK = /^\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)$/;
const URL_IN_TEXT = /https?:\/\/[^\s<>"'）》」]+/i;
const TRAILING_PUNCTUATION = /[.,;:!?。，；：！？、)\]]+$/;

/**
 * Reads a source from clipboard or selection text: a markdown link `[title](url)`, a bare URL,
 * or text with one URL in it (the rest becomes the title). Only http(s) URLs count; null otherwise.
 */
export function parseLinkText(text: string): LinkText | null {
	const trimmed = text.trim();
	if (trimmed === "") return null;
	const link = MARKDOWN_LINK.exec(trimmed);
	if (link && isSafeWebUrl(link[2]!)) return { title: link[1]!.trim(), url: link[2]! };
	const found = URL_IN_TEXT.exec(trimmed);
	if (!found) return null;
	const url = found[0].replace(TRAILING_PUNCTUATION, "");
	if (!isSafeWebUrl(url)) return null;
	const rest = (trimmed.slice(0, found.index) + " " + trimmed.slice(found.index + found[0].length)).replace(/\s+/g, " ").trim();
	return { title: rest, url };
}
