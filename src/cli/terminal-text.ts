/**
 * Note text printed to a terminal must not drive it: escape sequences could recolour, retitle
 * or hyperlink the terminal, a newline could forge an output line, bidi overrides could
 * reorder what the reader sees. Such characters are shown as visible `\xNN` / `\uNNNN` text.
 */
export function printable(line: string): string {
	let out = "";
	for (const char of line) {
		const code = char.codePointAt(0)!;
		out += isControl(code) ? visible(code) : char;
	}
	return out;
}

/** C0 (tab excepted), DEL, C1, and the invisible direction marks and overrides. */
function isControl(code: number): boolean {
	if (code < 0x20) return code !== 0x09;
	if (code >= 0x7f && code <= 0x9f) return true;
	return code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function visible(code: number): string {
	return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
