/** Reads up to `length` bytes of the file at `position` into `buffer` at `offset`; 0 at the end of the file. */
export type ReadAt = (buffer: Buffer, offset: number, length: number, position: number) => number;

/** Bytes `start` up to (not including) `end`. */
export interface ByteRange {
	start: number;
	end: number;
}

/** One line of the bytes read: `end` is its line feed (or the end of the file), `next` the start of the line after. */
export interface Line extends ByteRange {
	next: number;
	/** No line feed ends it: the file ends there. */
	last: boolean;
}

/** Enough for most notes whole; a larger one grows the buffer, which then stays for the next notes. */
const INITIAL_BYTES = 64 * 1024;
/** The smallest read on in search of a line feed, so a short read is not followed by tiny ones. */
const MIN_STEP = 256;

/**
 * The bytes of one note, read from its start on demand with positional reads: each read appends to
 * what is there, so nothing is read twice. One instance serves note after note (`start`), reusing its buffer.
 */
export class NoteBytes {
	bytes = Buffer.allocUnsafe(INITIAL_BYTES);
	/** How many bytes of the note have been read; `bytes` past this holds nothing of it. */
	length = 0;
	private view = this.bytes.subarray(0, 0);
	private ended = false;
	private readAt: ReadAt = () => 0;

	start(readAt: ReadAt): void {
		this.readAt = readAt;
		this.length = 0;
		this.view = this.bytes.subarray(0, 0);
		this.ended = false;
	}

	/** Appends up to `want` more bytes; false once the file has no more. */
	readMore(want: number): boolean {
		if (this.ended) return false;
		this.makeRoom(want);
		const got = this.readAt(this.bytes, this.length, want, this.length);
		this.length += got;
		this.view = this.bytes.subarray(0, this.length);
		this.ended = got === 0;
		return got > 0;
	}

	/** Reads on until the file ends, in reads as large as the buffer allows. */
	readToEnd(): void {
		while (this.readMore(Math.max(this.bytes.length - this.length, INITIAL_BYTES)));
	}

	/** The line starting at `start`, reading on (in steps that double what has been read) until its line feed or the end of the file. */
	lineAt(start: number): Line {
		let searched = start;
		for (;;) {
			const lineFeed = this.view.indexOf(0x0a, searched);
			if (lineFeed !== -1) return { start, end: lineFeed, next: lineFeed + 1, last: false };
			searched = this.length;
			if (!this.readMore(Math.max(this.length, MIN_STEP))) return { start, end: this.length, next: this.length, last: true };
		}
	}

	decode(start: number, end: number): string {
		return this.bytes.toString("utf8", start, end);
	}

	private makeRoom(want: number): void {
		if (this.length + want <= this.bytes.length) return;
		let size = this.bytes.length * 2;
		while (size < this.length + want) size *= 2;
		const larger = Buffer.allocUnsafe(size);
		this.bytes.copy(larger, 0, 0, this.length);
		this.bytes = larger;
	}
}
