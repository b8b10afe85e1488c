import { splitFrontmatter } from "../parse/frontmatter-split";
import { isSourcesHeading } from "../templates/section-headings";

/** One line of the note with where it starts; `end` excludes the line break. */
interface Line {
	start: number;
	end: number;
	text: string;
}

interface Heading {
	line: number;
	level: number;
	text: string;
}

export interface InsertOptions {
	/** Heading text used when the note has no Sources heading yet (e.g. "Sources" or "来源"). */
	newHeading: string;
	/** Extra heading spellings to accept besides the built-in ones (e.g. the configured heading). */
	alsoAccept?: readonly string[];
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Adds `line` at the end of the note's Sources section and changes no other byte: removing the
 * inserted text from the result gives the input back exactly. The section runs from the first
 * Sources heading (any level, either language, outside code blocks and frontmatter) to the next
 * heading of the same or a higher level, so sub-headings inside it stay inside it. The line goes
 * after the section's last non-blank line. Line breaks follow the note (CRLF stays CRLF). Without a
 * Sources heading, one is added at the end of the note.
 */
export function insertUnderSources(noteText: string, line: string, options: InsertOptions): string {
	const oneLine = line.replace(/[\r\n]+/g, " ");
	const eol = noteText.includes("\r\n") ? "\r\n" : "\n";
	const lines = splitLines(noteText);
	const headings = findHeadings(noteText, lines);
	const at = headings.findIndex((h) => isSourcesHeading(h.text, options.alsoAccept));
	if (at === -1) return appendSection(noteText, oneLine, options.newHeading, eol);
	const sourceHeading = headings[at]!;
	const next = headings.slice(at + 1).find((h) => h.level <= sourceHeading.level);
	const lastLine = next === undefined ? lines.length - 1 : next.line - 1;
	let last = lastLine;
	while (last > sourceHeading.line && lines[last]!.text.trim() === "") last--;
	const after = lines[last]!;
	const hasBreak = after.end < noteText.length;
	if (hasBreak) {
		const insertAt = after.end + lineBreakLength(noteText, after.end);
		return noteText.slice(0, insertAt) + oneLine + eol + noteText.slice(insertAt);
	}
	return noteText + eol + oneLine;
}

function appendSection(noteText: string, line: string, heading: string, eol: string): string {
	if (noteText === "") return `## ${heading}${eol}${line}${eol}`;
	const endsWithBreak = /\n$/.test(noteText);
	const endsWithBlank = /\n[ \t]*\r?\n$/.test(noteText) || /^\s*$/.test(noteText);
	const lead = endsWithBlank ? "" : endsWithBreak ? eol : eol + eol;
	return `${noteText}${lead}## ${heading}${eol}${line}${eol}`;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (;;) {
		const nl = text.indexOf("\n", start);
		if (nl === -1) {
			lines.push({ start, end: text.length, text: text.slice(start) });
			return lines;
		}
		const end = nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
		lines.push({ start, end, text: text.slice(start, end) });
		start = nl + 1;
	}
}

function lineBreakLength(text: string, at: number): number {
	return text.startsWith("\r\n", at) ? 2 : 1;
}

/** ATX headings of the body, skipping frontmatter and fenced code blocks. */
function findHeadings(text: string, lines: Line[]): Heading[] {
	const headings: Heading[] = [];
	const firstBodyLine = bodyStartLine(text);
	let fence: string | null = null;
	for (let i = firstBodyLine; i < lines.length; i++) {
		const content = lines[i]!.text;
		const marker = FENCE.exec(content)?.[1];
		if (marker !== undefined) {
			if (fence === null) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length && content.trim() === marker) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const heading = ATX_HEADING.exec(content);
		if (heading) headings.push({ line: i, level: heading[1]!.length, text: (heading[2] ?? "").trim() });
	}
	return headings;
}

function bodyStartLine(text: string): number {
	const split = splitFrontmatter(text);
	return split.kind === "yaml" ? split.bodyLine : 0;
}
