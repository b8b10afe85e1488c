import { closeSync, openSync, readSync } from "node:fs";
import { relative, sep } from "node:path";
import { ruledOutByHead } from "../src/core/parse/note-head";
import type { IndexCandidates } from "../src/cli/machine";
import { NoteBytes, type ByteRange, type Line } from "./note-bytes";
import { TagBytes } from "./tag-bytes";
import { listMarkdownFiles } from "./vault-files";

/**
 * The first read of a note. Its first bytes tell whether it has frontmatter at all, and the frontmatter
 * of a note that is not an entry (tags, a date) usually closes within this; a longer one is read on.
 */
export const FIRST_READ = 256;
const DASHES = [0x2d, 0x2d, 0x2d];
const BOM = [0xef, 0xbb, 0xbf];
const SPACE = 0x20;
const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;

/**
 * The notes the index needs, reading only the opening of each file: a note whose head shows it
 * cannot be an entry or a problem (no frontmatter, or frontmatter that closes without the entry
 * tag) is never read further. An index built from these equals one built from every note.
 */
export function readIndexCandidates(root: string, entryTag: string): IndexCandidates {
	const note = new NoteBytes();
	const tag = new TagBytes(entryTag);
	const result: IndexCandidates = { notes: [], bytesRead: 0 };
	for (const file of listMarkdownFiles(root)) {
		const fd = openSync(file, "r");
		try {
			note.start((buffer, offset, length, position) => readSync(fd, buffer, offset, length, position));
			const text = readCandidate(note, tag);
			result.bytesRead += note.length;
			if (text !== null) result.notes.push([relative(root, file).split(sep).join("/"), text]);
		} finally {
			closeSync(fd);
		}
	}
	return result;
}

/**
 * The whole text of the note `note` has been started on, or null when its head rules it out (then
 * nothing after the head was read). In the usual shape (a `---` line, YAML, a closing `---` line) the
 * head is decided on its bytes; any other opening is decoded and left to the parser's own rules.
 */
export function readCandidate(note: NoteBytes, tag: TagBytes): string | null {
	note.readMore(FIRST_READ);
	// Frontmatter needs a first line starting with `---`: checked on the bytes, so most notes are never decoded.
	const start = startsWith(note, BOM, 0) ? BOM.length : 0;
	if (!startsWith(note, DASHES, start)) return null;
	const opening = readOpening(note, start);
	const ruledOut = opening.kind === "yaml" ? !tag.isIn(note.bytes, opening.yaml) : ruledOutByHead(note.decode(0, opening.headEnd), tag.entryTag);
	if (ruledOut) return null;
	note.readToEnd();
	return note.decode(0, note.length);
}

/** What the opening lines of a note are, from its bytes. */
type Opening =
	/** A `---` line, then YAML (`yaml`: its bytes), then a closing `---` line: the parser's usual case. */
	| { kind: "yaml"; yaml: ByteRange }
	/**
	 * Anything else, decided by the parser's rules on the lines before `headEnd`: a first line that is not
	 * just `---` (`----`, `--- text`, `---js`: that line alone tells), or frontmatter that never closes.
	 */
	| { kind: "other"; headEnd: number };

/** Reads on, line by line, until the opening is known. */
function readOpening(note: NoteBytes, start: number): Opening {
	const first = note.lineAt(start);
	if (!isDashesLine(note.bytes, first)) return { kind: "other", headEnd: first.next };
	let line = first;
	while (!line.last) {
		line = note.lineAt(line.next);
		if (isDashesLine(note.bytes, line)) return { kind: "yaml", yaml: { start: first.next, end: line.start } };
	}
	return { kind: "other", headEnd: note.length };
}

/** `---` and nothing after it but spaces, tabs and carriage returns, as the parser trims a line's end. */
function isDashesLine(bytes: Buffer, { start, end }: Line): boolean {
	if (end - start < DASHES.length || !DASHES.every((b, i) => bytes[start + i] === b)) return false;
	for (let i = start + DASHES.length; i < end; i++) {
		const b = bytes[i];
		if (b !== SPACE && b !== TAB && b !== CARRIAGE_RETURN) return false;
	}
	return true;
}

/** Whether the bytes `expected` are at `at`, reading on if a short read stopped inside them. */
function startsWith(note: NoteBytes, expected: readonly number[], at: number): boolean {
	for (let i = 0; i < expected.length; i++) {
		if (at + i >= note.length && !note.readMore(FIRST_READ)) return false;
		if (note.bytes[at + i] !== expected[i]) return false;
	}
	return true;
}
