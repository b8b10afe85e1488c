import type { DatedSource } from "../model/entry";
import { normalizeLocalDate } from "./local-date";
import { isSafeWebUrl } from "./safe-url";
import { WEEKDAY_PATTERN } from "./weekdays";

/**
 * A dated line: optional list marker, `YYYY-MM-DD HH:mm[:ss]`, optional weekday, then the
 * title and an optional URL (bare at the end, or a markdown link `[title](url)`).
 */
const DATED_LINE = new RegExp(
	`^\\s*(?:[-*+]\\s+|\\d+[.)]\\s*)?(\\d{4}-\\d{2}-\\d{2})[ \\t]+(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:[ \\t]+(?:${WEEKDAY_PATTERN}))?(?=[ \\t｜|:：]|$)(.*)$`,
	"i",
);
// The URL may hold balanced parentheses, as in `javascript:alert(1)` or Wikipedia links.
const MARKDOWN_LINK = /^\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))+)\)$/;
/** Tested against the last word only: a regex over the whole rest backtracks at every space. */
const TRAILING_URL = /^\S+:\/\/\S+$/;
const LEADING_SEPARATORS = /^[\s｜|:：\-–—·]+/;

export interface SourceLine {
	source: DatedSource;
	/** The URL as written when it was not http(s): shown as text, reported as a warning. */
	unsafeUrl: string | null;
}

export function parseSourceLine(line: string): SourceLine | null {
	const match = DATED_LINE.exec(line);
	if (!match) return null;
	const date = normalizeLocalDate(`${match[1]} ${match[2]}`);
	if (date === null) return null;
	const { parts, unsafeUrl } = splitTitleAndUrl((match[3] ?? "").trim());
	return { source: { date, ...parts }, unsafeUrl };
}

function splitTitleAndUrl(rest: string): { parts: { title: string; url: string | null }; unsafeUrl: string | null } {
	const link = MARKDOWN_LINK.exec(rest.replace(LEADING_SEPARATORS, ""));
	if (link) return withUrl(link[1]!.trim(), link[2]!);
	const last = lastWord(rest);
	if (TRAILING_URL.test(last)) return withUrl(rest.slice(0, rest.length - last.length).trim(), last);
	return { parts: { title: cleanTitle(rest), url: null }, unsafeUrl: null };
}

function withUrl(title: string, url: string): { parts: { title: string; url: string | null }; unsafeUrl: string | null } {
	const safe = isSafeWebUrl(url);
	return { parts: { title: cleanTitle(title), url: safe ? url : null }, unsafeUrl: safe ? null : url };
}

function lastWord(text: string): string {
	const end = text.trimEnd();
	let start = end.length;
	while (start > 0 && !isWhiteSpace(end.charCodeAt(start - 1))) start--;
	return end.slice(start);
}

/**
 * What `\s` matches, by code unit (ECMAScript: white space, every Unicode space separator, line
 * terminators), without a regular expression per character of a long CJK title.
 */
export function isWhiteSpace(unit: number): boolean {
	if (unit < 0x80) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
	return unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;
}

function cleanTitle(title: string): string {
	return title.replace(LEADING_SEPARATORS, "").trim();
}

/**
 * Every dated line among a body's prose lines (`proseLines`: outside fenced code blocks, so a sample
 * inside ``` is not a source). Given the lines, not the body, so a parser that also needs them splits once.
 */
export function findSourceLines(prose: readonly string[]): SourceLine[] {
	const found: SourceLine[] = [];
	for (const line of prose) {
		if (!/\d{4}-\d{2}-\d{2}/.test(line)) continue;
		const parsed = parseSourceLine(line);
		if (parsed) found.push(parsed);
	}
	return found;
}
