import { closeSync, openSync, readSync } from "node:fs";
import { relative, sep } from "node:path";
import { ruledOutByHead } from "../src/core/parse/note-head";
import type { IndexCandidates } from "../src/cli/machine";
import { listMarkdownFiles } from "./vault-files";

/** Enough for the frontmatter of most notes that are not entries; a note that needs more is read on to its end. */
const HEAD_BYTES = 1024;
const DASH = 0x2d;
const BOM = [0xef, 0xbb, 0xbf];
const LINE_FEED = 0x0a;

/**
 * The notes the index needs, reading only the opening of each file: a note whose head shows it
 * cannot be an entry or a problem (no frontmatter, or frontmatter that closes without the entry
 * tag) is never read further, nor decoded. An index built from these equals one built from every note.
 */
export function readIndexCandidates(root: string, entryTag: string): IndexCandidates {
	// One buffer for every note (grown for a larger one): the head is its start, the rest follows it.
	const scratch: Scratch = { buffer: Buffer.allocUnsafe(64 * 1024) };
	const result: IndexCandidates = { notes: [], bytesRead: 0 };
	for (const file of listMarkdownFiles(root)) {
		const fd = openSync(file, "r");
		try {
			const text = readCandidate(fd, scratch, entryTag, result);
			if (text !== null) result.notes.push([relative(root, file).split(sep).join("/"), text]);
		} finally {
			closeSync(fd);
		}
	}
	return result;
}

interface Scratch {
	buffer: Buffer;
}

function readCandidate(fd: number, scratch: Scratch, entryTag: string, counts: IndexCandidates): string | null {
	const head = scratch.buffer;
	const got = readSync(fd, head, 0, HEAD_BYTES, 0);
	counts.bytesRead += got;
	// Frontmatter needs a first line starting with `---`: checked on the bytes, so most notes are never decoded.
	if (!opensWithDashes(head, got)) return null;
	if (got === HEAD_BYTES) {
		// Whole lines only: a cut after a line feed never splits a UTF-8 sequence or a line.
		const lastBreak = head.lastIndexOf(LINE_FEED, got - 1);
		if (lastBreak !== -1 && ruledOutByHead(head.toString("utf8", 0, lastBreak + 1), entryTag)) return null;
	}
	return readRest(fd, scratch, got, counts);
}

/** The whole file: the head already read, then on from where it ended until the file ends. */
function readRest(fd: number, scratch: Scratch, length: number, counts: IndexCandidates): string {
	for (;;) {
		if (length === scratch.buffer.length) {
			const larger = Buffer.allocUnsafe(scratch.buffer.length * 2);
			scratch.buffer.copy(larger, 0, 0, length);
			scratch.buffer = larger;
		}
		const got = readSync(fd, scratch.buffer, length, scratch.buffer.length - length, length);
		if (got === 0) break;
		counts.bytesRead += got;
		length += got;
	}
	return scratch.buffer.toString("utf8", 0, length);
}

/** After an optional byte order mark, the file starts with `---`. */
function opensWithDashes(bytes: Buffer, length: number): boolean {
	const start = length >= BOM.length && BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
	return length >= start + 3 && bytes[start] === DASH && bytes[start + 1] === DASH && bytes[start + 2] === DASH;
}
