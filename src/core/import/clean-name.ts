/**
 * Names as a reader sees them: outlines and awesome-lists dress names in badges, HTML anchors,
 * links, emphasis and numbering (`###  1. <a name='模型'></a>模型`, `[![GitHub stars](…)](…)`).
 */

// `[![alt](image)](target)`: a badge that links somewhere.
const LINKED_IMAGE = /\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\n]*\)/g;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]*>/g;
const LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const EMPHASIS = /\*\*|__|~~|`/g;
/** `1.`, `5)`, `1.1`, `2.3.`, `一、` at the start, followed by the name. */
const NUMBERING = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)、．]|[一二三四五六七八九十]{1,3}[、.．])\s*/u;
const TRAILING_COLON = /[\s：:]+$/u;

/** Markdown, badges, HTML and leading numbering removed; whitespace collapsed. */
export function cleanName(text: string): string {
	const plain = stripMarkup(text);
	const unnumbered = plain.replace(NUMBERING, "");
	return (unnumbered === "" ? plain : unnumbered).replace(TRAILING_COLON, "").trim();
}

/** Badges, images and HTML dropped, links replaced by their text, emphasis markers dropped. */
export function stripMarkup(text: string): string {
	return text
		.replace(LINKED_IMAGE, " ")
		.replace(IMAGE, " ")
		.replace(HTML_TAG, " ")
		.replace(LINK, "$1")
		.replace(EMPHASIS, "")
		.replace(/\s+/g, " ")
		.trim();
}

/** The text with badges and images removed, everything else as written (for summaries). */
export function withoutBadges(text: string): string {
	return text.replace(LINKED_IMAGE, " ").replace(IMAGE, " ").replace(/\s+/g, " ").trim();
}

/**
 * `[hiyouga/LLaMA-Factory](https://github.com/hiyouga/LLaMA-Factory)` names `LLaMA-Factory`:
 * link text that repeats the URL's `owner/name` path is shortened to the name.
 */
export function nameFromLinkText(text: string, url: string | null): string {
	const name = cleanName(text);
	if (url === null) return name;
	const slash = name.indexOf("/");
	if (slash <= 0 || name.indexOf("/", slash + 1) !== -1) return name;
	try {
		const path = new URL(url).pathname.split("/").filter(Boolean).slice(0, 2).join("/");
		return path.toLowerCase() === name.toLowerCase() ? name.slice(slash + 1) : name;
	} catch {
		return name;
	}
}

/**
 * A tag for a category heading (`### RL` → `rl`, `#### 1.1 文本LLM模型` → `文本llm模型`), valid in
 * Obsidian: letters, digits, `_` and `-`, never only digits (a year becomes `year-2025`).
 */
export function categoryTag(name: string): string {
	const slug = name
		.normalize("NFKC")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}_-]+/gu, "-")
		.replace(/-{2,}/g, "-")
		.replace(/^-|-$/g, "");
	if (slug === "") return "category";
	if (/^(?:19|20)\d\d$/.test(slug)) return `year-${slug}`;
	return /^\d+$/.test(slug) ? `n-${slug}` : slug;
}
