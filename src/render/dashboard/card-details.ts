import type { Entry } from "../../core/model/entry";
import { tagCovers } from "../../core/parse/tags";

/** Tags worth showing: the entry marker tag (and its nested stage tags) is on every card, so it is hidden. */
export function visibleTags(entry: Entry, entryTag: string): string[] {
	return entry.tags.filter((tag) => !tagCovers(entryTag, tag));
}
