/** Characters Obsidian or common file systems refuse in a file name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern removes
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
const MAX_NAME_LENGTH = 120;

/** A file name (without `.md`) for a note name; the name itself stays unchanged in the frontmatter. */
export function fileNameFor(name: string, fallback: string): string {
	const cleaned = name.replace(UNSAFE_IN_FILE_NAME, " ").replace(/\s+/g, " ").trim().replace(/^\.+/, "").trim();
	const short = [...cleaned].slice(0, MAX_NAME_LENGTH).join("").trim();
	return short === "" ? fallback : short;
}

export function joinPath(folder: string, file: string): string {
	const base = folder.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
	return base === "" ? file : `${base}/${file}`;
}

/** Hands out one path per note of a plan: a second "TRL" becomes "TRL 2.md" (case-insensitively, as on macOS/Windows). */
export class PathAllocator {
	private readonly taken = new Set<string>();

	constructor(private readonly folder: string) {}

	allocate(fileName: string): string {
		for (let n = 1; ; n++) {
			const path = joinPath(this.folder, `${n === 1 ? fileName : `${fileName} ${n}`}.md`);
			const key = path.normalize("NFC").toLowerCase();
			if (this.taken.has(key)) continue;
			this.taken.add(key);
			return path;
		}
	}
}
