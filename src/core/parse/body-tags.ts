/**
 * `#tags` written in a note's prose, by Obsidian's rules (help: Editing and formatting/Tags):
 * - a tag starts a word: `#` at the start of a line or after whitespace, so `foo#bar`, a URL's
 *   `https://x.org/#part`, `[[Note#Heading]]`, `&#38;` and an escaped `\#` are not tags;
 * - it holds letters (any script), numbers, `_`, `-`, `/` (nesting) and emoji, and ends at anything else
 *   (`#rl，` and `#rl.` are `rl`); `# Heading` is a heading, not a tag;
 * - it needs at least one character that is not a digit: `#1984` is not a tag, `#y1984` is (we read
 *   digits with slashes, a date like `#2025/07`, as numeric too);
 * - code is not prose: inline code spans are skipped here, fenced blocks were removed before (bodyProse).
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
			if (tag === "" || !/[^0-9/]/.test(tag)) continue;
			const key = tag.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			found.push(tag);
		}
	}
	return found;
}

// No lookbehind (not on older iOS): the word start is matched, the tag is the group.
const TAG = /(?:^|\s)#((?:[\p{L}\p{N}\p{M}_\-/\p{Extended_Pictographic}]|\u200d|\ufe0f)+)/gu;

/** CommonMark code spans: a run of N backticks up to the next run of exactly N. Replaced by spaces. */
function withoutCodeSpans(text: string): string {
	return text.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (span) => " ".repeat(span.length));
}
