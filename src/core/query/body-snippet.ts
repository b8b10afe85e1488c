import type { Entry } from "../model/entry";
import { bodyProse } from "../parse/body-prose";
import { foldForSearch } from "../text/fold";
import { facetsOf } from "./entry-facets";
import type { Query, Term } from "./query-types";

/** A short piece of the body around a match; `marks` are offsets into `text` (marked as text, never HTML). */
export interface Snippet {
	text: string;
	marks: { start: number; length: number }[];
}

/** Characters of context kept before the first match; about twice as many follow it. */
const CONTEXT = 30;
const ELLIPSIS = "…";

/** The folded words and phrases a query looks for in bodies: every text and `body:` term not under a negation. */
export function bodyNeedles(term: Term | null): { anywhere: string[]; bodyOnly: string[] } {
	const needles = { anywhere: [] as string[], bodyOnly: [] as string[] };
	const visit = (t: Term): void => {
		if (t.kind === "text") needles.anywhere.push(foldForSearch(t.text));
		else if (t.kind === "body") needles.bodyOnly.push(foldForSearch(t.text));
		else if (t.kind === "and" || t.kind === "or") t.terms.forEach(visit);
	};
	if (term !== null) visit(term);
	return needles;
}

const snippets = new WeakMap<Query, WeakMap<Entry, Snippet | null>>();

/**
 * The snippet a result shows when the query matched it through the body: a `body:` term, or a word
 * its name, summary and tags do not contain. Null when the fields explain the match. Cached per
 * (query, entry): both are immutable and a live block redraws the same pair often.
 */
export function querySnippet(query: Query, entry: Entry): Snippet | null {
	let perEntry = snippets.get(query);
	if (!perEntry) snippets.set(query, (perEntry = new WeakMap()));
	let snippet = perEntry.get(entry);
	if (snippet === undefined) {
		const { anywhere, bodyOnly } = bodyNeedles(query.filter);
		const fields = facetsOf(entry).searchText;
		snippet = bodySnippet(entry, [...bodyOnly, ...anywhere.filter((needle) => !fields.includes(needle))]);
		perEntry.set(entry, snippet);
	}
	return snippet;
}

/** The body around the first occurrence of any needle (already folded), with every occurrence in it marked. */
export function bodySnippet(entry: Entry, needles: readonly string[]): Snippet | null {
	const wanted = needles.filter((n) => n !== "");
	if (wanted.length === 0) return null;
	const prose = bodyProse(entry.body);
	const map = foldMap(prose, facetsOf(entry).body);
	const hits = occurrences(map.folded, wanted);
	if (hits.length === 0) return null;
	const first = hits[0]!;
	const matchStart = map.raw(first.start);
	const matchEnd = map.raw(first.start + first.length);
	const from = wordStart(prose, safeStart(prose, Math.max(0, matchStart - CONTEXT)), matchStart);
	const to = wordEnd(prose, safeEnd(prose, Math.min(prose.length, matchEnd + CONTEXT * 2)), matchEnd);
	return collapse(prose, from, to, hits.map((h) => ({ start: map.raw(h.start), end: map.raw(h.start + h.length) })));
}

interface FoldMap {
	folded: string;
	/** The body offset of a folded offset. */
	raw(offset: number): number;
}

/**
 * Folding is one to one for nearly all text (ASCII, CJK, full-width forms), and then the folded body
 * from the facets is used with the same offsets. Otherwise (ligatures, `㎏`, some case changes) the
 * body is folded again character by character, remembering where each folded character came from.
 */
function foldMap(prose: string, folded: string): FoldMap {
	if (folded.length === prose.length) return { folded, raw: (offset) => offset };
	let out = "";
	const origin: number[] = [];
	let at = 0;
	for (const char of prose) {
		const piece = foldForSearch(char);
		out += piece;
		for (let i = 0; i < piece.length; i++) origin.push(at);
		at += char.length;
	}
	origin.push(at);
	return { folded: out, raw: (offset) => origin[Math.min(offset, origin.length - 1)]! };
}

/** Every occurrence of every needle, in body order, overlapping ones dropped. */
function occurrences(text: string, needles: readonly string[]): { start: number; length: number }[] {
	const found: { start: number; length: number }[] = [];
	for (const needle of needles) {
		for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push({ start: at, length: needle.length });
	}
	found.sort((a, b) => a.start - b.start || b.length - a.length);
	const kept: { start: number; length: number }[] = [];
	for (const hit of found) {
		const last = kept[kept.length - 1];
		if (!last || hit.start >= last.start + last.length) kept.push(hit);
	}
	return kept;
}

/** Never cut a surrogate pair in two. */
function safeStart(text: string, at: number): number {
	return at > 0 && /[\uDC00-\uDFFF]/.test(text[at]!) ? at - 1 : at;
}

function safeEnd(text: string, at: number): number {
	return at < text.length && /[\uDC00-\uDFFF]/.test(text[at]!) ? at + 1 : at;
}

const WORD = /[\p{L}\p{N}]/u;
/** Latin words are not cut in half: step to the next word start (CJK has no spaces to step to, so it is cut anywhere). */
function wordStart(text: string, at: number, limit: number): number {
	if (at === 0 || !isLatinWord(text[at - 1]!) || !isLatinWord(text[at]!)) return at;
	let i = at;
	while (i < limit && i - at < 15 && isLatinWord(text[i]!)) i++;
	return i < limit && i - at < 15 ? i : at;
}

function wordEnd(text: string, at: number, limit: number): number {
	if (at >= text.length || !isLatinWord(text[at - 1]!) || !isLatinWord(text[at]!)) return at;
	let i = at;
	while (i > limit && at - i < 15 && isLatinWord(text[i - 1]!)) i--;
	return i > limit && at - i < 15 ? i : at;
}

function isLatinWord(char: string): boolean {
	return char.charCodeAt(0) < 0x2e80 && WORD.test(char);
}

/** `body[from, to)` on one line (runs of whitespace become one space), with ellipses where it was cut. */
function collapse(body: string, from: number, to: number, hits: readonly { start: number; end: number }[]): Snippet {
	let text = from > 0 ? ELLIPSIS : "";
	const position: number[] = [];
	let inSpace = false;
	for (let i = from; i < to; i++) {
		position[i - from] = text.length;
		const char = body[i]!;
		if (/\s/.test(char)) {
			if (!inSpace && text !== "" && text !== ELLIPSIS) text += " ";
			inSpace = true;
		} else {
			text += char;
			inSpace = false;
		}
	}
	position[to - from] = text.length;
	text = text.trimEnd();
	const marks = hits
		.filter((h) => h.start >= from && h.end <= to)
		.map((h) => ({ start: position[h.start - from]!, length: position[h.end - from]! - position[h.start - from]! }))
		.filter((m) => m.length > 0 && m.start + m.length <= text.length);
	if (to < body.length) text += ELLIPSIS;
	return { text, marks };
}
