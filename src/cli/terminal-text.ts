/**
 * Note text printed to a terminal must not drive it: escape sequences could recolour, retitle,
 * clear or hyperlink the terminal or write the clipboard (OSC 52), a carriage return could
 * overwrite what was printed, bidi overrides could reorder what the reader sees. Such characters
 * are shown as visible `\xNN` (C0) and `\uNNNN` (DEL, C1, bidi) text.
 *
 * Line feeds and tabs pass, so output keeps its lines; a line feed inside note text is the
 * formatter's business (see joinLines). The `\uNNNN` form is also a JSON escape, and JSON.stringify
 * already escapes every C0 control, so JSON output stays valid and decodes to the exact strings.
 */
export function terminalText(text: string): string {
	let out = "";
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isControl(code)) continue;
		out += text.slice(start, i) + visible(code);
		start = i + 1;
	}
	return start === 0 ? text : out + text.slice(start);
}

/** Output lines, each kept on one line: a line feed inside one (from note text) is shown as `\x0A`. */
export function joinLines(lines: readonly string[]): string {
	return lines.map((line) => line.replace(/\n/g, "\\x0A")).join("\n");
}

/** C0 (line feed and tab excepted), DEL, C1, and the invisible direction marks and overrides. */
function isControl(code: number): boolean {
	if (code < 0x20) return code !== 0x0a && code !== 0x09;
	if (code >= 0x7f && code <= 0x9f) return true;
	return code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function visible(code: number): string {
	return code < 0x20 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
