import type { Query } from "../../core/query/query-types";
import type { StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { Translator } from "../../i18n/translator";
import type { FactsDisplay } from "../facts-badges";

/** Opens a vault note; `newTab` when the user asked for one (Ctrl/Cmd-click, middle click). */
export type OpenNote = (path: string, newTab: boolean) => void;

/** What every query renderer needs besides the data. */
export interface QueryRenderContext {
	i18n: Translator;
	vocabulary: StageVocabulary;
	openNote: OpenNote;
	/** Repository facts for facts filters, sorts and badges; absent: entries have none. */
	facts?: FactsDisplay;
	/** The query these are the results of: each result's view then carries its body snippet. */
	query?: Query;
}
