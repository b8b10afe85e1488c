import { cleanFolder, safeFileName, UNTITLED } from "../templates/file-names";

/** Imported file names stay short enough to read in a file list; the full name is in the frontmatter. */
export const MAX_FILE_NAME_CHARS = 80;

/** A file name (without `.md`) for a note name, the same way "New framework entry" names files; the name itself stays unchanged in the frontmatter. */
export function fileNameFor(name: string, fallback: string): string {
	const safe = safeFileName(name);
	return shorten(safe === UNTITLED && name.trim() !== UNTITLED ? safeFileName(fallback) : safe);
}

function shorten(fileName: string): string {
	const chars = [...fileName];
	if (chars.length <= MAX_FILE_NAME_CHARS) return fileName;
	return chars.slice(0, MAX_FILE_NAME_CHARS).join("").replace(/[.\s]+$/, "");
}

/** `folder/file`, with the folder cleaned (no `..`, no leading or trailing slashes). */
export function joinPath(folder: string, file: string): string {
	const base = cleanFolder(folder);
	return base === "" ? file : `${base}/${file}`;
}

/** Hands out one path per note of a plan: a second "TRL" becomes "TRL 2.md" (case-insensitively, as on macOS/Windows). */
export class PathAllocator {
	private readonly taken = new Set<string>();
	/** Per file name, the first number not yet tried: 10,000 notes cut to the same 80 characters stay linear. */
	private readonly next = new Map<string, number>();

	constructor(private readonly folder: string) {}

	allocate(fileName: string): string {
		const base = fileName.normalize("NFC").toLowerCase();
		for (let n = this.next.get(base) ?? 1; ; n++) {
			const path = joinPath(this.folder, `${n === 1 ? fileName : `${fileName} ${n}`}.md`);
			const key = path.normalize("NFC").toLowerCase();
			if (this.taken.has(key)) continue;
			this.taken.add(key);
			this.next.set(base, n + 1);
			return path;
		}
	}
}
