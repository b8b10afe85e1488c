import type { Entry } from "../../core/model/entry";
import type { Snippet } from "../../core/query/body-snippet";
import type { StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { Translator } from "../../i18n/translator";

/** Opens a vault note; `newTab` when the user asked for one (Ctrl/Cmd-click, middle click). */
export type OpenNote = (path: string, newTab: boolean) => void;

/** What every query renderer needs besides the data. */
export interface QueryRenderContext {
	i18n: Translator;
	vocabulary: StageVocabulary;
	openNote: OpenNote;
	/** The body snippet to show under a result that matched through its note text (set per query). */
	snippetOf?: (entry: Entry) => Snippet | null;
}
