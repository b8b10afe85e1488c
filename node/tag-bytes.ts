import { tagNeedle } from "../src/core/parse/note-parser";
import type { ByteRange } from "./note-bytes";

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const TO_LOWER = 0x20;
const FIRST_NON_ASCII = 0x80;

/**
 * The parser's pre-filter (`yaml.toLowerCase().includes(needle)`) asked of undecoded bytes. ASCII
 * YAML is folded byte by byte, which is exactly what toLowerCase does to ASCII; YAML with any
 * other character is decoded and asked as the parser asks, since case folding beyond ASCII can
 * change a text's length.
 */
export class TagBytes {
	private readonly text: string;
	private readonly needle: Buffer;

	constructor(readonly entryTag: string) {
		this.text = tagNeedle(entryTag);
		this.needle = Buffer.from(this.text, "utf8");
	}

	isIn(bytes: Buffer, { start, end }: ByteRange): boolean {
		for (let i = start; i < end; i++) {
			if (bytes[i]! >= FIRST_NON_ASCII) return bytes.toString("utf8", start, end).toLowerCase().includes(this.text);
		}
		return this.foldedIndexIn(bytes, start, end);
	}

	private foldedIndexIn(bytes: Buffer, start: number, end: number): boolean {
		const needle = this.needle;
		search: for (let i = start; i + needle.length <= end; i++) {
			for (let j = 0; j < needle.length; j++) if (lowerAscii(bytes[i + j]!) !== needle[j]) continue search;
			return true;
		}
		return false;
	}
}

function lowerAscii(byte: number): number {
	return byte >= UPPER_A && byte <= UPPER_Z ? byte + TO_LOWER : byte;
}
