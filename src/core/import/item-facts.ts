import type { EntryLink } from "../model/entry";
import { isSafeWebUrl } from "../parse/safe-url";
import { parseSourceLine } from "../parse/source-lines";
import { cleanName, nameFromLinkText, withoutBadges } from "./clean-name";
import { repoInText, urlsInText } from "./entry-links";
import { isAddressLabel, isFieldLabel, isOtherFieldLabel, isRepoLabel, isSummaryLabel } from "./field-labels";
import { splitStar } from "./heading-name";
import { itemText, splitListParts, type ItemBlock } from "./list-blocks";
import { listItemTitle } from "./list-item-title";
import type { OutlineLine } from "./outline-lines";
import { projectUrl, repoName } from "./repo-url";

/**
 * What one list item is: an `entry` (it names a framework, a paper, a dated source…), a
 * `category` (a plain item whose nested items are entries: `- RAG` over `  - [vanna](…)`), or
 * `other` (a field such as `地址：`, a plain note, a table-of-contents link).
 */
export interface ItemFacts {
	kind: "entry" | "category" | "other";
	name: string;
	starred: boolean;
	summary: string | null;
	/** The item's repository: its own link, the URL after `Name：`, or a nested `地址：` / `Code:` line. */
	repo: string | null;
	/** The item's own link when it is not a repository (docs, a blog, a paper). */
	link: EntryLink | null;
}

const OTHER: ItemFacts = { kind: "other", name: "", starred: false, summary: null, repo: null, link: null };
// `[text](target)` at the start, optionally bold or after a `[Source] ` tag; the text may hold one level of brackets.
const LEADING_LINK = /^(?:\[[^\]\n]*\](?!\()\s*)?(?:\*\*|__)?\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\(([^)\n]*)\)(?:\*\*|__)?(.*)$/;
const BARE_URL = /^<?(https?:\/\/\S+?)>?$/i;
const SEPARATOR = /^\s*(?:[-–—]{1,2}|[:：])\s*/;
const DASH_FORM = /^(.{1,80}?)\s+[-–—]{1,2}\s+(.+)$/;
const TRAILING_URL = /\s(https?:\/\/\S+)$/;
const FIELD_LINE = /^\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?([^：:\n]{1,24}?)\s*[：:]\s*(.*)$/;

/**
 * Facts per item line: an item is read when the stage level is found, when its heading is tested for
 * a category, and when it becomes an entry; its nested lines are the same each time.
 */
const read = new WeakMap<OutlineLine, { rest: number; facts: ItemFacts }>();

export function readItem(block: ItemBlock): ItemFacts {
	const known = read.get(block.first);
	if (known !== undefined && known.rest === block.rest.length) return known.facts;
	const facts = readFresh(block);
	read.set(block.first, { rest: block.rest.length, facts });
	return facts;
}

function readFresh(block: ItemBlock): ItemFacts {
	const text = itemText(block.first);
	if (text === "") return OTHER;
	if (parseSourceLine(block.first.text) !== null) return reading(listItemTitle(block.first.text), block.first.text);
	return leadingLink(text, block) ?? bareUrl(text, block) ?? labelled(text, block) ?? trailingUrl(block) ?? plain(text, block);
}

/** Items whose nested lines make them a category: any nested item that is an entry. */
export function nestedEntries(block: ItemBlock): boolean {
	return splitListParts(block.rest).some((part) => part.kind === "item" && readItem(part.block).kind !== "other");
}

function leadingLink(text: string, block: ItemBlock): ItemFacts | null {
	const match = LEADING_LINK.exec(text);
	if (!match || match[1]!.startsWith("!")) return null;
	const target = match[2]!.trim();
	if (target.startsWith("#") || target === "") return OTHER;
	const url = urlsInText(target)[0] ?? null;
	const name = nameFromLinkText(match[1]!, url);
	if (name === "" || isFieldLabel(name)) return OTHER;
	const ownRepo = url === null ? null : projectUrl(url);
	const rest = withoutBadges(match[3]!);
	const summary = SEPARATOR.test(rest) ? nonEmpty(rest.replace(SEPARATOR, "")) : null;
	const link = ownRepo === null && url !== null && isSafeWebUrl(url) ? { label: name, url } : null;
	return entry(name, ownRepo ?? nestedRepo(block.rest), summary ?? nestedSummary(block.rest), link);
}

function bareUrl(text: string, block: ItemBlock): ItemFacts | null {
	const match = BARE_URL.exec(text);
	if (!match) return null;
	const url = match[1]!;
	const repo = projectUrl(url) ?? nestedRepo(block.rest);
	return entry(repo === null ? url : repoName(repo), repo, nestedSummary(block.rest), null);
}

/** `Name：https://…`, `Name：` over nested `地址：`, `Name - description` with a repository. */
function labelled(text: string, block: ItemBlock): ItemFacts | null {
	const split = splitLabel(text) ?? splitDash(text);
	if (split === null) return null;
	const name = cleanName(split.label);
	if (name === "" || isFieldLabel(name)) return OTHER;
	const ownUrl = urlsInText(split.rest)[0] ?? null;
	const repo = (ownUrl === null ? null : projectUrl(ownUrl)) ?? nestedRepo(block.rest);
	const restText = cleanSummary(split.rest);
	const link = repo === null ? (ownUrl !== null && restText === null ? { label: name, url: ownUrl } : nestedAddress(block.rest)) : null;
	if (repo === null && link === null) return null;
	return entry(name, repo, restText ?? nestedSummary(block.rest), link);
}

function trailingUrl(block: ItemBlock): ItemFacts | null {
	const match = TRAILING_URL.exec(itemText(block.first));
	return match ? reading(listItemTitle(block.first.text), match[1]!) : null;
}

/** `* ChatGLM2-6B` over `  * 地址：https://github.com/…`; `- RAG` over a list of entries is a category. */
function plain(text: string, block: ItemBlock): ItemFacts {
	if (urlsInText(text).length > 0) return OTHER;
	const name = cleanName(text);
	if (name === "" || isFieldLabel(name)) return OTHER;
	if (nestedEntries(block)) return { ...OTHER, kind: "category", name };
	const repo = nestedRepo(block.rest);
	const link = repo === null ? nestedAddress(block.rest) : null;
	return repo === null && link === null ? OTHER : entry(name, repo, nestedSummary(block.rest), link);
}

function reading(title: string | null, text: string): ItemFacts {
	return title === null ? OTHER : entry(title, repoInText(text), null, null);
}

function entry(rawName: string, repo: string | null, summary: string | null, link: EntryLink | null): ItemFacts {
	const { name, starred } = splitStar(rawName);
	return name === "" ? OTHER : { kind: "entry", name, starred, summary, repo, link };
}

/** The first nested line that gives a repository, `地址：` / `Code:` lines first; a dataset's or paper's links never count. */
function nestedRepo(lines: readonly OutlineLine[]): string | null {
	let fallback: string | null = null;
	for (const line of fieldLines(lines)) {
		const label = FIELD_LINE.exec(line.text)?.[1]?.trim() ?? null;
		if (label !== null && isOtherFieldLabel(label)) continue;
		const repo = repoInText(line.text);
		if (repo === null) continue;
		if (label !== null && isRepoLabel(label)) return repo;
		fallback ??= repo;
	}
	return fallback;
}

function nestedSummary(lines: readonly OutlineLine[]): string | null {
	for (const line of fieldLines(lines)) {
		const field = FIELD_LINE.exec(line.text);
		if (field && isSummaryLabel(field[1]!.trim())) return cleanSummary(field[2]!);
	}
	return null;
}

/** A nested `地址：https://data.baai.ac.cn/…`: the item's address when it is no repository. */
function nestedAddress(lines: readonly OutlineLine[]): EntryLink | null {
	for (const line of fieldLines(lines)) {
		const field = FIELD_LINE.exec(line.text);
		if (!field || !isAddressLabel(field[1]!.trim())) continue;
		const url = urlsInText(field[2]!)[0];
		if (url !== undefined && isSafeWebUrl(url)) return { label: field[1]!.trim(), url };
	}
	return null;
}

function fieldLines(lines: readonly OutlineLine[]): OutlineLine[] {
	return lines.filter((line) => !line.inFence);
}

/** Text after `：` / ` - `, without URLs, badges, separators or a trailing colon; null when nothing is left. */
function cleanSummary(text: string): string | null {
	let rest = withoutBadges(text);
	for (const url of urlsInText(rest)) rest = rest.replace(url, " ");
	return nonEmpty(rest.replace(/\s+/g, " ").replace(/^[\s：:\-–—]+|[\s：:]+$/gu, ""));
}

function splitLabel(text: string): { label: string; rest: string } | null {
	const full = text.indexOf("：");
	const ascii = asciiColon(text);
	const at = full === -1 ? ascii : ascii === -1 ? full : Math.min(full, ascii);
	if (at <= 0) return null;
	return { label: text.slice(0, at), rest: text.slice(at + 1) };
}

/** An ASCII colon that is not a URL scheme's (`https://`) nor a clock time's (`12:30`). */
function asciiColon(text: string): number {
	for (let at = text.indexOf(":"); at !== -1; at = text.indexOf(":", at + 1)) {
		if (text.startsWith("//", at + 1)) continue;
		if (/\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "")) continue;
		if (text.slice(0, at).includes("://")) return -1;
		return at;
	}
	return -1;
}

function splitDash(text: string): { label: string; rest: string } | null {
	const match = DASH_FORM.exec(text);
	return match ? { label: match[1]!, rest: match[2]! } : null;
}

function nonEmpty(text: string): string | null {
	const trimmed = text.trim();
	return trimmed === "" ? null : trimmed;
}
