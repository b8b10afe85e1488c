import type { FilterCompiler } from "../../render/dashboard/dashboard-types";
import { queryFilterCompiler } from "../../render/dashboard/query-filter-compiler";
import type FrameworkAtlasPlugin from "../main";

/**
 * What the dashboard's filter box understands: the query language of ```atlas blocks, in which plain words
 * still work. Vocabulary and language are read on every compile, so a toggle or re-index applies at once.
 */
export function dashboardFilter(plugin: FrameworkAtlasPlugin): FilterCompiler {
	return queryFilterCompiler(
		() => plugin.index.parseOptions().vocabulary,
		() => plugin.language.i18n,
	);
}
