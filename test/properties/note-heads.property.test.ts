/**
 * Reading a note's head, whatever the note and however the system splits the reads: the note is
 * left out only when the parser would ignore it whole, and a note kept is exactly the file's text.
 */
import fc from "fast-check";
import { createIndex } from "../../src/core/index/build-index";
import { parseNote } from "../../src/core/parse/note-parser";
import { readCandidate } from "../../node/note-heads";
import { NoteBytes, type ReadAt } from "../../node/note-bytes";
import { TagBytes } from "../../node/tag-bytes";
import { PROPERTY_TIMEOUT, runs } from "./support/runs";
import { trickyText } from "./support/text-arbitraries";

jest.setTimeout(PROPERTY_TIMEOUT);

const TAGS = ["framework", "#Framework", "框架", "Ω"];
const NEWLINE = fc.constantFrom("\n", "\r\n", "\r");
const OPENING = fc.constantFrom("---", "---", "--- ", "---\t\r", "----", "---js", "--- yaml", "---\u3000", "--", "");
const CLOSING = fc.constantFrom("---", "--- \t", "---\r", "----", "--- x", "...", "");
const YAML_LINE = fc.oneof(
	fc.constantFrom("tags: [framework]", "tags: [FRAMEWORK, rl]", "tags:\n  - 框架", "tags: [Ω]", "tags: [reading]", "name: 名字", "topic: framework comparison", "a: b"),
	// Lines that only look like a closing one, and one that is.
	fc.constantFrom("----", "--- x", " ---", "-- -", "---\u3000", "---"),
	fc.integer({ min: 1, max: 700 }).map((n) => `pad: ${"中x".repeat(n)}`),
	trickyText(6).map((t) => t.replace(/\n/g, " ")),
);

/** A note put together from the pieces that decide a head: BOM, opening, YAML lines, closing, body. */
const NOTE = fc
	.record({
		bom: fc.boolean(),
		opening: OPENING,
		yaml: fc.array(YAML_LINE, { maxLength: 8 }),
		closing: CLOSING,
		body: fc.array(fc.oneof(trickyText(8), fc.constant("2025-07-02 10:00 a dated line https://example.org")), { maxLength: 6 }),
		newline: NEWLINE,
	})
	.map(({ bom, opening, yaml, closing, body, newline }) => {
		const lines = [opening, ...yaml, closing, ...body].join(newline);
		return Buffer.from(`${bom ? "\uFEFF" : ""}${lines}`, "utf8");
	});

/** Serves `file` as a disk would, but never more than `most` bytes per read (a system may return fewer than asked). */
function shortReads(file: Buffer, most: number): ReadAt {
	return (buffer, offset, length, position) => file.copy(buffer, offset, position, Math.min(file.length, position + Math.min(length, most)));
}

describe("readCandidate on any note, in reads of any size", () => {
	it("keeps exactly the file's text, and leaves out only notes the parser ignores", () => {
		const note = new NoteBytes();
		fc.assert(
			fc.property(NOTE, fc.constantFrom(...TAGS), fc.constantFrom(1, 2, 3, 5, 64, 255, 256, 257, 100_000), (file, entryTag, most) => {
				note.start(shortReads(file, most));
				const text = readCandidate(note, new TagBytes(entryTag));
				const whole = file.toString("utf8");
				if (text === null) expect(parseNote("note.md", whole, createIndex({ entryTag }).parseOptions()).kind).toBe("ignored");
				else expect(text).toBe(whole);
				// The same decision whatever the reads' size.
				note.start(shortReads(file, 100_000));
				expect(readCandidate(note, new TagBytes(entryTag))).toBe(text);
			}),
			runs(600),
		);
	});

	it("asks the YAML about the tag as the parser does, ASCII or not", () => {
		fc.assert(
			fc.property(trickyText(12), fc.constantFrom(...TAGS, "FrameWork", "rl"), (yaml, entryTag) => {
				const bytes = Buffer.from(`xx${yaml}yy`, "utf8");
				const range = { start: 2, end: bytes.length - 2 };
				// As the parser sees the YAML: decoded (a lone surrogate in `yaml` was written as U+FFFD).
				const expected = bytes.toString("utf8", range.start, range.end).toLowerCase().includes(entryTag.toLowerCase().replace(/^#+/, ""));
				expect(new TagBytes(entryTag).isIn(bytes, range)).toBe(expected);
			}),
			runs(600),
		);
	});
});
