import { isObsidianTag, NOT_IN_TAG } from "./tags";

/**
 * `#tags` written in a note's prose, by Obsidian's rules (help: Editing and formatting/Tags; the
 * character class is the one tags.ts shares with the frontmatter reader):
 * - a tag starts a word: `#` at the start of a line or after whitespace, so `foo#bar`, a URL's
 *   `https://x.org/#part`, `[[Note#Heading]]`, `&#38;` and an escaped `\#` are not tags;
 * - it runs until a character Obsidian ends tags at (whitespace, ASCII punctuation other than `_`,
 *   `-` and `/`, general punctuation such as `—` or `…`); `# Heading` is a heading, not a tag;
 * - it needs at least one character that is not a digit: `#1984` is not a tag, `#y1984` is;
 * - code is not prose: inline code spans are skipped here, fenced blocks were removed before (proseLines).
 * Returned as written, without `#` and trailing `/`, in note order, duplicates (ignoring case) removed.
 * Read line by line (prose lines, or one text split here); a code span is taken to end on its line.
 */
export function findBodyTags(prose: string | readonly string[]): string[] {
	const found: string[] = [];
	const seen = new Set<string>();
	for (const line of typeof prose === "string" ? prose.split(/\r?\n/) : prose) {
		if (!line.includes("#")) continue;
		const text = line.includes("`") ? withoutCodeSpans(line) : line;
		TAG.lastIndex = 0;
		for (let match = TAG.exec(text); match !== null; match = TAG.exec(text)) {
			const tag = match[1]!.replace(/\/+$/, "");
			if (!isObsidianTag(tag)) continue;
			const key = tag.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			found.push(tag);
		}
	}
	return found;
}

// No lookbehind (not on older iOS): the word start is matched, the tag is the group.
const TAG = new RegExp(`(?:^|\\s)#(${NOT_IN_TAG.source.replace(/^\[/, "[^")}+)`, "gu");

/** CommonMark code spans: a run of N backticks up to the next run of exactly N. Replaced by spaces. */
function withoutCodeSpans(text: string): string {
	return text.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (span) => " ".repeat(span.length));
}
