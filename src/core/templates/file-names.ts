/**
 * Note file names that are valid on Windows, macOS, Linux, iOS/Android and inside Obsidian links.
 * Replaced with "-": `\ / : * ? " < > |` (Windows/paths), `# ^ [ ] |` (Obsidian link syntax),
 * control characters. Leading dots (hidden files) and trailing dots/spaces (Windows) are removed,
 * Windows reserved device names (CON, NUL, COM1…) get a trailing "_".
 */
const ILLEGAL = /[\\/:*?"<>|#^[\]]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bytes are what file systems limit (255); CJK takes 3 per character in UTF-8. Leave room for " 99.md". */
const MAX_NAME_BYTES = 200;
export const UNTITLED = "Untitled";

export function safeFileName(name: string): string {
	let cleaned = replaceControls(name.normalize("NFC").replace(/\s+/g, " ")).replace(ILLEGAL, "-").trim();
	cleaned = cleaned.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
	cleaned = truncateBytes(cleaned, MAX_NAME_BYTES).replace(/[.\s]+$/, "");
	if (cleaned === "") return UNTITLED;
	return RESERVED.test(cleaned) ? `${cleaned}_` : cleaned;
}

/** C0 controls and DEL (no regex: a control-character class is easy to misread). */
function replaceControls(text: string): string {
	let out = "";
	for (const char of text) {
		const code = char.charCodeAt(0);
		out += code < 0x20 || code === 0x7f ? "-" : char;
	}
	return out;
}

function truncateBytes(text: string, maxBytes: number): string {
	let out = "";
	let bytes = 0;
	for (const char of text) {
		const size = utf8Length(char.codePointAt(0)!);
		if (bytes + size > maxBytes) break;
		out += char;
		bytes += size;
	}
	return out;
}

function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folder setting → a clean vault-relative folder ("" for the vault root); `..` segments are dropped. */
export function cleanFolder(folder: string): string {
	return folder
		.replace(/\\/g, "/")
		.split("/")
		.map((part) => part.trim())
		.filter((part) => part !== "" && part !== "." && part !== "..")
		.join("/");
}

/** `<folder>/<safe name>.md`, `/`-separated, vault-relative. */
export function entryPath(folder: string, name: string): string {
	const clean = cleanFolder(folder);
	const file = `${safeFileName(name)}.md`;
	return clean === "" ? file : `${clean}/${file}`;
}

/**
 * The first free path among `<name>.md`, `<name> 2.md`, `<name> 3.md`…; `exists` is asked for each.
 * Existence is compared by the caller (case-insensitive file systems fold "A.md" and "a.md").
 */
export async function uniquePath(path: string, exists: (candidate: string) => boolean | Promise<boolean>): Promise<string> {
	if (!(await exists(path))) return path;
	for (let n = 2; n <= MAX_NUMBER; n++) {
		const candidate = numberedPath(path, n);
		if (!(await exists(candidate))) return candidate;
	}
	throw new Error(`no free name for ${path} up to ${MAX_NUMBER}`);
}

const MAX_NUMBER = 9999;

/** `Frameworks/veRL.md`, 2 → `Frameworks/veRL 2.md`. */
export function numberedPath(path: string, n: number): string {
	const dot = path.toLowerCase().endsWith(".md") ? path.length - 3 : path.length;
	return `${path.slice(0, dot)} ${n}${path.slice(dot)}`;
}
