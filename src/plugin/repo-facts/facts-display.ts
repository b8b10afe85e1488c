import type { FactsDisplay } from "../../render/facts-badges";
import type { AtlasContext } from "../atlas-context";

/** The facts as the surfaces show them now: the current lookup, the clock, the stale setting. */
export function factsDisplay(context: Pick<AtlasContext, "facts" | "settings" | "now">): FactsDisplay {
	return { lookup: context.facts.lookup(), now: context.now(), staleMonths: context.settings.current().factsStaleMonths };
}
