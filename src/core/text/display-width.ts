/**
 * Columns a string takes in a terminal: East Asian wide and full-width characters (CJK, kana,
 * Hangul, full-width forms, most emoji) take two, combining marks and zero-width characters none.
 * Enough to align a table of names and ticks; not a full Unicode width table.
 */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += charWidth(char.codePointAt(0)!);
	return width;
}

/** `text` followed by spaces up to `width` columns. */
export function padEnd(text: string, width: number): string {
	return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

const MARK = /^[\p{Mn}\p{Me}]$/u;

function charWidth(code: number): number {
	// Zero-width space and joiners, variation selectors and combining marks take no column.
	if ((code >= 0x200b && code <= 0x200d) || (code >= 0xfe00 && code <= 0xfe0f) || MARK.test(String.fromCodePoint(code))) return 0;
	return isWide(code) ? 2 : 1;
}

function isWide(code: number): boolean {
	return (
		(code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
		(code >= 0x2e80 && code <= 0x303e) || // CJK radicals, punctuation
		(code >= 0x3041 && code <= 0x33ff) || // kana, CJK symbols
		(code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
		(code >= 0x4e00 && code <= 0x9fff) || // CJK unified
		(code >= 0xa960 && code <= 0xa97f) ||
		(code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
		(code >= 0xf900 && code <= 0xfaff) || // CJK compatibility
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) || // full-width forms
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1f300 && code <= 0x1f64f) || // emoji
		(code >= 0x1f900 && code <= 0x1f9ff) ||
		(code >= 0x20000 && code <= 0x3fffd) // CJK extensions B and later
	);
}
