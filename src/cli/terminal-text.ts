/**
 * Note text printed to a terminal must not drive it: escape sequences could recolour, retitle
 * or hyperlink the terminal, a newline could forge an output line, bidi overrides could
 * reorder what the reader sees. Such characters are shown as visible `\xNN` / `\uNNNN` text.
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function printable(line: string): string {
	return line.replace(CONTROL, (c) => {
		const code = c.charCodeAt(0);
		return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
	});
}
