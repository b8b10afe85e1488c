import type { DatedSource, Entry } from "../../core/model/entry";
import { isSafeWebUrl } from "../../core/parse/safe-url";
import { tagCovers } from "../../core/parse/tags";

/** `https://github.com/volcengine/verl.git` → `volcengine/verl`; other hosts keep host and path. */
export function repoLabel(url: string): string {
	if (!isSafeWebUrl(url)) return url;
	const parsed = new URL(url);
	const path = readable(parsed.pathname).replace(/\/+$/, "").replace(/\.git$/, "").replace(/^\/+/, "");
	const segments = path.split("/").filter(Boolean);
	if (/^(www\.)?(github|gitlab|gitee)\.com$/i.test(parsed.hostname) && segments.length >= 2) return `${segments[0]}/${segments[1]}`;
	return path ? `${parsed.hostname}/${path}` : parsed.hostname;
}

/** `URL` percent-encodes a path; a label shows `组织/项目` as the user wrote it. Bad escapes stay as they are. */
function readable(pathname: string): string {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return pathname;
	}
}

/** The most recent source by its local date text (ISO-like text sorts chronologically); first wins ties. */
export function newestSource(entry: Entry): DatedSource | null {
	let newest: DatedSource | null = null;
	for (const source of entry.sources) if (newest === null || source.date > newest.date) newest = source;
	return newest;
}

/** `2025-07-02T14:01:48` → `2025-07-02 14:01`: the day and minute are what a reader scans for. */
export function sourceDateLabel(date: string): string {
	const [day, time] = date.split("T");
	return time ? `${day} ${time.slice(0, 5)}` : (day ?? date);
}

/** Tags worth showing: the entry marker tag (and its nested stage tags) is on every card, so it is hidden. */
export function visibleTags(entry: Entry, entryTag: string): string[] {
	return entry.tags.filter((tag) => !tagCovers(entryTag, tag));
}
