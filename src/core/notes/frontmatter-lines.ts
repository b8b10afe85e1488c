/**
 * Sets top-level `key: value` lines in a note's frontmatter and changes no other byte: an existing
 * one-line `key:` has its value replaced, a missing key is added before the closing `---`, the
 * note's line endings are kept. Returns null (leave the note alone) when there is no frontmatter or
 * the key holds a block value (a list or a mapping the user wrote) — we never rewrite what we did not write.
 */
export function setFrontmatterLines(text: string, values: Readonly<Record<string, string>>): string | null {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const body = text.slice(bom.length);
	const eol = body.startsWith("---\r\n") ? "\r\n" : "\n";
	if (!body.startsWith(`---${eol}`)) return null;
	const lines = body.split(eol);
	let close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
	if (close === -1) return null;
	for (const [key, value] of Object.entries(values)) {
		const at = lines.findIndex((line, i) => i > 0 && i < close && line.startsWith(`${key}:`));
		const line = `${key}: ${value}`;
		if (at === -1) {
			lines.splice(close++, 0, line);
			continue;
		}
		const next = lines[at + 1];
		const rest = lines[at]!.slice(key.length + 1).trim();
		// `stars:` followed by indented or "- " lines is a block the user wrote.
		if (rest === "" || rest === "|" || rest === ">" || (next !== undefined && at + 1 < close && /^(\s+|-\s)/.test(next))) return null;
		lines[at] = line;
	}
	const result = bom + lines.join(eol);
	return result === text ? text : result;
}
