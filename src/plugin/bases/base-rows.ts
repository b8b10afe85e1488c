import type { StagedRow } from "../../core/bases/stage-groups";
import type { Entry } from "../../core/model/entry";
import type { AtlasIndex } from "../../core/index/atlas-index";
import type { BasesEntry, BasesPropertyId, BasesValue } from "./bases-api";

/**
 * A base row as the atlas shows it: the index's entry for that note when it is one (so sources from
 * the body, bilingual names and the parent link are all there), else a minimal entry from the row's
 * own values. The stage text comes from the view's configured property.
 */
export function rowOf(item: BasesEntry, stageProperty: string, index: AtlasIndex): StagedRow {
	const entry = index.entry(item.file.path) ?? entryFromValues(item);
	return { entry, stageValue: text(item.getValue(`note.${stageProperty}` as BasesPropertyId)) };
}

function entryFromValues(item: BasesEntry): Entry {
	const value = (name: string) => text(item.getValue(`note.${name}` as BasesPropertyId));
	const repo = value("repo");
	return {
		path: item.file.path,
		name: value("name") ?? item.file.basename,
		nameZh: value("name_zh"),
		nameEn: value("name_en"),
		summary: value("summary"),
		summaryZh: value("summary_zh"),
		summaryEn: value("summary_en"),
		stage: "uncategorized",
		tags: [],
		repo: repo !== null && /^https?:\/\//i.test(repo) ? repo : null,
		starred: item.getValue("note.starred")?.isTruthy() ?? false,
		basedOn: value("based_on")?.replace(/^\[\[|\]\]$/g, "") ?? null,
		links: [],
		sources: [],
		// A non-entry row has no note text in the index; the Bases view never searches it.
		body: "",
	};
}

/** A value's text; null for a missing or empty one (NullValue, "", an empty list). */
function text(value: BasesValue | null): string | null {
	if (value === null || !value.isTruthy()) return null;
	const written = value.toString().trim();
	return written === "" || written === "null" ? null : written;
}
