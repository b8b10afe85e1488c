import { parseFrontmatterYaml } from "../parse/yaml-engine";
import { readFrontmatterTags } from "../parse/tags";
import { yamlString } from "./yaml-scalar";

/** Index warnings that mean Obsidian's own tag search does not see an entry's tags: what a fix is for. */
export const LEGACY_TAG_CODES: ReadonlySet<string> = new Set(["tags-legacy-key", "tags-legacy-text"]);

/** The rewritten note and the frontmatter lines it replaced, for a preview. */
export interface TagFormatFix {
	text: string;
	/** The property's lines as they were, without line endings. */
	before: string[];
	/** The lines that replace them. */
	after: string[];
}

/** Why a note was left as it is. */
export type TagFormatSkip = "no-frontmatter" | "not-legacy" | "unreadable";

export type TagFormatResult = { kind: "fixed"; fix: TagFormatFix } | { kind: "skipped"; reason: TagFormatSkip };

const BOM = "\uFEFF";

/**
 * Rewrites a note's tags written in a form Obsidian 1.9+ no longer reads (`tag:`, `tags: a, b`,
 * `tags: a b`) as a `tags:` YAML list. Only that property's lines change: the BOM, the line endings,
 * every other line (comments included) and the body keep their bytes. A comment on the property's own
 * line stays on it. Every value is kept as written (without `#`), even one Obsidian will not accept: a
 * fix never drops what the user typed. The result is read back and refused unless it gives the same tags.
 */
export function fixTagFormat(text: string): TagFormatResult {
	const block = frontmatterLines(text);
	if (block === null) return { kind: "skipped", reason: "no-frontmatter" };
	let data: unknown;
	try {
		data = parseFrontmatterYaml(block.lines.map((l) => l.text + l.eol).join(""));
	} catch {
		return { kind: "skipped", reason: "unreadable" };
	}
	if (data === null || typeof data !== "object" || Array.isArray(data)) return { kind: "skipped", reason: "unreadable" };
	const record = data as Record<string, unknown>;
	const read = readFrontmatterTags(record);
	if (read === null) return { kind: "skipped", reason: "unreadable" };
	if (read.legacy === null || read.key === null) return { kind: "skipped", reason: "not-legacy" };
	const range = propertyLines(block.lines, read.key);
	if (range === null) return { kind: "skipped", reason: "unreadable" };

	const values = writtenValues(record[read.key]);
	const keyLine = block.lines[range.start]!;
	const comment = trailingComment(keyLine.text.slice(range.valueStart));
	const replaced = block.lines.slice(range.start, range.end);
	// Comment lines inside the old value move below the list rather than disappear.
	const innerComments = replaced.slice(1).filter((line) => /^[ \t]*#/.test(line.text)).map((line) => line.text);
	const after = [`tags:${comment === "" ? "" : ` ${comment}`}`, ...values.map((value) => `  - ${yamlString(value)}`), ...innerComments];
	const eol = keyLine.eol === "" ? "\n" : keyLine.eol;
	const head = block.lines.slice(0, range.start);
	const tail = block.lines.slice(range.end);
	const yamlText = [...head.map((l) => l.text + l.eol), ...after.map((line) => line + eol), ...tail.map((l) => l.text + l.eol)].join("");
	const fixed = text.slice(0, block.start) + yamlText + text.slice(block.end);
	if (!readsBackTheSame(fixed, read.tags)) return { kind: "skipped", reason: "unreadable" };
	return { kind: "fixed", fix: { text: fixed, before: replaced.map((l) => l.text), after } };
}

interface Line {
	text: string;
	eol: string;
}

/** The YAML lines between the opening and closing `---`, with their exact line endings and offsets in `text`. */
function frontmatterLines(text: string): { lines: Line[]; start: number; end: number } | null {
	const offset = text.startsWith(BOM) ? BOM.length : 0;
	const firstEnd = text.indexOf("\n", offset);
	if (firstEnd === -1 || text.slice(offset, firstEnd).replace(/[ \t\r]+$/, "") !== "---") return null;
	const lines: Line[] = [];
	let at = firstEnd + 1;
	while (at < text.length) {
		const newline = text.indexOf("\n", at);
		const lineEnd = newline === -1 ? text.length : newline;
		const raw = text.slice(at, lineEnd);
		const cr = raw.endsWith("\r");
		const line = { text: cr ? raw.slice(0, -1) : raw, eol: newline === -1 ? "" : cr ? "\r\n" : "\n" };
		if (line.text.replace(/[ \t]+$/, "") === "---") return { lines, start: firstEnd + 1, end: at };
		lines.push(line);
		if (newline === -1) break;
		at = newline + 1;
	}
	return null;
}

/**
 * The lines holding one top-level property: its key line, then every line indented under it or a
 * block-sequence item (`- x`, which YAML allows at column 0 under a key). Blank lines and comments
 * after the value are left to what follows.
 */
function propertyLines(lines: readonly Line[], key: string): { start: number; end: number; valueStart: number } | null {
	const keyPattern = new RegExp(`^(?:${escapeRegExp(key)}|"${escapeRegExp(key)}"|'${escapeRegExp(key)}')[ \\t]*:(?=[ \\t]|$)`);
	const start = lines.findIndex((line) => keyPattern.test(line.text));
	if (start === -1) return null;
	const valueStart = keyPattern.exec(lines[start]!.text)![0].length;
	let end = start + 1;
	let last = start + 1;
	while (end < lines.length) {
		const text = lines[end]!.text;
		if (text.trim() === "" || /^[ \t]+#/.test(text)) end++;
		else if (/^[ \t]/.test(text) || /^-(?:[ \t]|$)/.test(text)) last = ++end;
		else break;
	}
	return { start, end: last, valueStart };
}

/** The property's values as the user wrote them: list items, or the pieces of one comma/space-separated text. */
function writtenValues(value: unknown): string[] {
	const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
	const values: string[] = [];
	for (const item of items) {
		if (item === null || item === undefined) continue;
		const pieces = Array.isArray(value) ? [String(item)] : String(item).split(/[,\s]+/);
		for (const piece of pieces) {
			const written = piece.trim().replace(/^#+/, "");
			if (written !== "" && !values.includes(written)) values.push(written);
		}
	}
	return values;
}

/** A `# comment` after the value on the key's line (outside quotes), or "". */
function trailingComment(rest: string): string {
	let quote: string | null = null;
	for (let i = 0; i < rest.length; i++) {
		const char = rest[i]!;
		if (quote !== null) {
			if (char === quote) quote = null;
		} else if (char === '"' || char === "'") quote = char;
		else if (char === "#" && (i === 0 || /[ \t]/.test(rest[i - 1]!))) return rest.slice(i).trimEnd();
	}
	return "";
}

function readsBackTheSame(text: string, tags: readonly string[]): boolean {
	const block = frontmatterLines(text);
	if (block === null) return false;
	try {
		const data = parseFrontmatterYaml(block.lines.map((l) => l.text + l.eol).join(""));
		const read = data !== null && typeof data === "object" ? readFrontmatterTags(data as Record<string, unknown>) : null;
		return read !== null && read.legacy === null && read.tags.length === tags.length && read.tags.every((tag, i) => tag === tags[i]);
	} catch {
		return false;
	}
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
