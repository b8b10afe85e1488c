import type { Query } from "../../core/query/query-types";
import type { StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { Translator } from "../../i18n/translator";

/** Opens a vault note; `newTab` when the user asked for one (Ctrl/Cmd-click, middle click). */
export type OpenNote = (path: string, newTab: boolean) => void;

/** What every query renderer needs besides the data. */
export interface QueryRenderContext {
	i18n: Translator;
	vocabulary: StageVocabulary;
	openNote: OpenNote;
	/** The query these are the results of: each result's view then carries its body snippet. */
	query?: Query;
}
