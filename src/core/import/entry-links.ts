import type { EntryLink } from "../model/entry";
import { isSafeWebUrl, normalizeRepoUrl } from "../parse/safe-url";
import { isOtherFieldLabel } from "./field-labels";
import { projectUrl } from "./repo-url";
import { parseSourceLine } from "../parse/source-lines";
import type { OutlineLine } from "./outline-lines";

// Stops at whitespace, Markdown link syntax, angle brackets and full-width closing punctuation.
const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]"'）】」』，。；]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?*_~]+$/;
// `label：url` or `label: url`, optionally as a list item; the URL must be all that follows the colon.
const LINK_LINE = /^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(.+?)\s*[：:]\s*(https?:\/\/\S+)\s*$/i;

/** Lines that can carry fields: outside code blocks and not dated (dated lines are sources, read from the body). */
function fieldLines(lines: readonly OutlineLine[]): OutlineLine[] {
	return lines.filter((line) => !line.inFence && parseSourceLine(line.text) === null);
}

// `Dataset: [x](https://github.com/…)`: a field whose links are another project's.
const FIELD_LABEL = /^\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?([^：:\n]{1,24}?)\s*[：:]/;

/** The label of a `label：…` line, or null. */
export function fieldLabel(text: string): string | null {
	return FIELD_LABEL.exec(text)?.[1]?.trim() ?? null;
}

/** The first GitHub / GitLab / Gitee project (trimmed to owner and name), bare or inside a link. */
export function findRepo(lines: readonly OutlineLine[]): string | null {
	for (const line of fieldLines(lines)) {
		const label = fieldLabel(line.text);
		if (label !== null && isOtherFieldLabel(label)) continue;
		const repo = repoInText(line.text);
		if (repo !== null) return repo;
	}
	return null;
}

/** The first project URL written in one line of text. */
export function repoInText(text: string): string | null {
	for (const url of urlsInText(text)) {
		const project = projectUrl(url);
		if (project !== null) return project;
	}
	return null;
}

/** Every http(s) URL in the text, bare or inside a Markdown link, without trailing punctuation. */
export function urlsInText(text: string): string[] {
	return [...text.matchAll(URL_IN_TEXT)].map((match) => match[0].replace(TRAILING_PUNCTUATION, ""));
}

/** `label：url` lines other than the repo, in outline order, each URL once. */
export function findLinks(lines: readonly OutlineLine[], repo: string | null): EntryLink[] {
	const seen = new Set<string>(repo === null ? [] : [normalizeRepoUrl(repo)]);
	const links: EntryLink[] = [];
	for (const line of fieldLines(lines)) {
		const match = LINK_LINE.exec(line.text);
		if (!match) continue;
		const label = match[1]!.trim();
		const url = match[2]!;
		if (label === "" || label.includes("://") || !isSafeWebUrl(url)) continue;
		const key = normalizeRepoUrl(url);
		if (seen.has(key)) continue;
		seen.add(key);
		links.push({ label, url });
	}
	return links;
}
