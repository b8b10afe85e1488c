import type { Entry } from "../model/entry";
import { parseNote, type ParseOptions } from "../parse/note-parser";
import type { StageDefinition, StageId } from "../stages/stage-vocabulary";
import { yamlString } from "./yaml-scalar";

/**
 * Moving an entry to another stage rewrites one thing: the value on its `stage:` line (or, when the
 * stage came from a nested tag, one inserted `stage:` line after the tags). Every other byte (comments,
 * quotes, key order, list style, CRLF, a BOM, a missing final newline) is left alone, unlike a
 * re-serialising frontmatter writer. The result is parsed again and must be the same entry in the new
 * stage, or nothing is written.
 */
export type StageEdit =
	| { kind: "edited"; text: string }
	| { kind: "unchanged" }
	| { kind: "failed"; reason: StageEditFailure };

export type StageEditFailure = "not-an-entry" | "unknown-stage" | "complex-stage-value" | "no-tags-line" | "not-verified";

/** What undo needs: the note's text before and right after the move. */
export interface MoveRecord {
	path: string;
	before: string;
	after: string;
}

export type UndoResult = { kind: "restored"; text: string } | { kind: "changed-since" };

const BOM = "\uFEFF";
/** A top-level `stage:` key, plain or quoted, and whatever follows the colon on that line. */
const STAGE_KEY = /^(?:stage|"stage"|'stage')[ \t]*:(?=[ \t]|$)/;
const TAGS_KEY = /^(?:tags?|"tags?"|'tags?')[ \t]*:(?=[ \t]|$)/;

interface Line {
	start: number;
	/** Without its line ending. */
	text: string;
	/** "\n", "\r\n" or "" for the last line. */
	ending: string;
}

export function moveStage(text: string, target: StageId, options: ParseOptions): StageEdit {
	const parsed = parseNote("note.md", text, options);
	if (parsed.kind !== "entry") return { kind: "failed", reason: "not-an-entry" };
	const stage = options.vocabulary.get(target);
	if (!stage) return { kind: "failed", reason: "unknown-stage" };
	if (parsed.entry.stage === target) return { kind: "unchanged" };
	const lines = frontmatterLines(text);
	if (lines === null) return { kind: "failed", reason: "not-an-entry" };
	const stageLine = lines.find((line) => STAGE_KEY.test(line.text));
	const edited = stageLine ? replaceValue(text, lines, stageLine, stage, options) : insertAfterTags(text, lines, stage);
	if (typeof edited !== "string") return { kind: "failed", reason: edited.reason };
	return verified(parsed.entry, edited, target, options) ? { kind: "edited", text: edited } : { kind: "failed", reason: "not-verified" };
}

/** Restores `record.before` only when the note still holds exactly what the move wrote. */
export function undoMove(current: string, record: MoveRecord): UndoResult {
	return current === record.after ? { kind: "restored", text: record.before } : { kind: "changed-since" };
}

/** The lines between the opening and closing `---`, with their offsets in `text`. */
function frontmatterLines(text: string): Line[] | null {
	const lines: Line[] = [];
	let start = text.startsWith(BOM) ? 1 : 0;
	let first = true;
	while (start < text.length) {
		const newline = text.indexOf("\n", start);
		const end = newline === -1 ? text.length : newline;
		const hasCr = end > start && text[end - 1] === "\r";
		const line: Line = { start, text: text.slice(start, hasCr ? end - 1 : end), ending: newline === -1 ? "" : hasCr ? "\r\n" : "\n" };
		const closing = line.text.replace(/[ \t]+$/, "") === "---";
		if (first) {
			if (!closing) return null;
			first = false;
		} else if (closing) return lines;
		else lines.push(line);
		if (newline === -1) break;
		start = newline + 1;
	}
	return null;
}

function replaceValue(text: string, lines: Line[], line: Line, stage: StageDefinition, options: ParseOptions): string | { reason: StageEditFailure } {
	const key = STAGE_KEY.exec(line.text)![0];
	const rest = line.text.slice(key.length);
	const value = splitValue(rest);
	if (value === null) return { reason: "complex-stage-value" };
	// `stage:` with nothing after it must not own indented lines below (a block list or mapping).
	if (value.raw === "" && continues(lines, line)) return { reason: "complex-stage-value" };
	const written = spelling(value.unquoted, stage, options);
	const newValue = quoteLike(value.quote, written);
	const lead = value.raw === "" && value.lead === "" ? " " : value.lead;
	const from = line.start + key.length;
	const to = line.start + line.text.length;
	return text.slice(0, from) + lead + newValue + value.tail + text.slice(to);
}

interface ValueParts {
	/** Spaces between the colon and the value. */
	lead: string;
	raw: string;
	unquoted: string;
	quote: "" | '"' | "'";
	/** Spaces and a comment after the value, kept as they are. */
	tail: string;
}

/** One scalar on the line, maybe quoted, maybe followed by a comment; null for anything else (lists, block scalars, anchors). */
function splitValue(rest: string): ValueParts | null {
	const lead = /^[ \t]*/.exec(rest)![0];
	const body = rest.slice(lead.length);
	if (body === "" || body.startsWith("#")) return { lead, raw: "", unquoted: "", quote: "", tail: body === "" ? "" : body };
	const first = body[0]!;
	if (first === '"' || first === "'") {
		const end = closingQuote(body, first);
		if (end === -1) return null;
		const tail = body.slice(end + 1);
		if (!/^(?:[ \t]+#.*|[ \t]*)$/.test(tail)) return null;
		const raw = body.slice(0, end + 1);
		return { lead, raw, unquoted: unquote(raw, first), quote: first, tail };
	}
	if (/^[[\]{}|>&*!%@`,?:-]/.test(first) && !/^-[^ \t]/.test(body)) return null;
	const comment = /[ \t]+#/.exec(body);
	const raw = (comment ? body.slice(0, comment.index) : body).replace(/[ \t]+$/, "");
	return { lead, raw, unquoted: raw, quote: "", tail: body.slice(raw.length) };
}

function closingQuote(body: string, quote: string): number {
	for (let i = 1; i < body.length; i++) {
		if (quote === '"' && body[i] === "\\") i++;
		else if (body[i] === quote) {
			if (quote === "'" && body[i + 1] === "'") i++;
			else return i;
		}
	}
	return -1;
}

function unquote(raw: string, quote: string): string {
	if (quote === "'") return raw.slice(1, -1).replace(/''/g, "'");
	try {
		return JSON.parse(raw) as string;
	} catch {
		return raw.slice(1, -1);
	}
}

/** A label stays a label (in the same language); anything else becomes the stage id. */
function spelling(old: string, stage: StageDefinition, options: ParseOptions): string {
	const previous = options.vocabulary.get(options.vocabulary.resolve(old) ?? "");
	if (previous && sameText(old, previous.labels.zh)) return stage.labels.zh;
	if (previous && sameText(old, previous.labels.en)) return stage.labels.en;
	return stage.id;
}

function sameText(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function quoteLike(quote: ValueParts["quote"], text: string): string {
	if (quote === "'") return `'${text.replace(/'/g, "''")}'`;
	if (quote === '"') return JSON.stringify(text);
	return yamlString(text);
}

/** Lines below `line` that belong to its value: indented, or `- ` items at column 0. */
function continues(lines: Line[], line: Line): boolean {
	const next = lines[lines.indexOf(line) + 1];
	return next !== undefined && /^(?:[ \t]+\S|-(?:[ \t]|$))/.test(next.text);
}

function insertAfterTags(text: string, lines: Line[], stage: StageDefinition): string | { reason: StageEditFailure } {
	const at = lines.findIndex((line) => TAGS_KEY.test(line.text));
	if (at === -1) return { reason: "no-tags-line" };
	let last = at;
	while (last + 1 < lines.length && /^(?:[ \t]+|-(?:[ \t]|$))/.test(lines[last + 1]!.text) && lines[last + 1]!.text.trim() !== "") last++;
	const after = lines[last]!;
	const offset = after.start + after.text.length + after.ending.length;
	const ending = lines[at]!.ending || "\n";
	return text.slice(0, offset) + `stage: ${yamlString(stage.id)}${ending}` + text.slice(offset);
}

/** The edited note must read as the same entry, only in the new stage. */
function verified(before: Entry, text: string, target: StageId, options: ParseOptions): boolean {
	const after = parseNote("note.md", text, options);
	if (after.kind !== "entry" || after.entry.stage !== target) return false;
	return JSON.stringify({ ...before, stage: target }) === JSON.stringify(after.entry);
}
