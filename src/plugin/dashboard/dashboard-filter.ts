import type { FilterCompiler } from "../../render/dashboard/dashboard-types";
import { queryFilterCompiler } from "../../render/dashboard/query-filter-compiler";
import type { AtlasContext } from "../atlas-context";

/**
 * What the dashboard's filter box understands: the query language of ```atlas blocks, in which plain words
 * still work. Vocabulary and language are read on every compile, so a toggle or re-index applies at once.
 */
export function dashboardFilter(context: Pick<AtlasContext, "index" | "language">): FilterCompiler {
	return queryFilterCompiler(
		() => context.index.parseOptions().vocabulary,
		() => context.language.i18n,
	);
}
