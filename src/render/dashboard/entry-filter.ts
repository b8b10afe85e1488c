import type { Entry } from "../../core/model/entry";
import { foldForSearch } from "../../core/text/fold";
import type { FilterCompiler } from "./dashboard-types";

const haystacks = new WeakMap<Entry, string>();

/** Everything plain-text search looks at, folded once per entry object (entries are immutable). */
export function searchText(entry: Entry): string {
	let text = haystacks.get(entry);
	if (text === undefined) {
		const parts = [entry.name, entry.nameZh, entry.nameEn, entry.summary, entry.summaryZh, entry.summaryEn, ...entry.tags.map((tag) => `#${tag}`)];
		text = foldForSearch(parts.filter((part): part is string => part !== null).join("\n"));
		haystacks.set(entry, text);
	}
	return text;
}

/**
 * Plain text: every whitespace-separated word must occur in the name (either language), summary or tags,
 * ignoring case and full/half width. Chinese needs no spaces: "强化" finds "强化学习框架".
 */
export const plainTextFilter: FilterCompiler = (query) => {
	const words = foldForSearch(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return { predicate: null, error: null };
	return { predicate: (entry) => words.every((word) => searchText(entry).includes(word)), error: null };
};
