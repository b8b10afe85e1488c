import type { Language, StageId } from "../stages/stage-vocabulary";

/** What the user typed in "New framework entry" (or on the `atlas new` command line). */
export interface EntryDraft {
	name: string;
	/** A stage id, or the text the user typed when it matches no stage (the parser then lists it as uncategorized). */
	stage: StageId;
	repo: string | null;
	/** Without `#`; the entry tag is added when missing. */
	tags: string[];
	/** Optional first dated source. */
	source: { url: string; title: string } | null;
}

/** Everything besides the draft that shapes the note; passed in so the core never reads a clock or settings. */
export interface RenderContext {
	/** The moment of creation; its LOCAL wall-clock fields are written. */
	now: Date;
	/** Language of the built-in headings and of `{{stage}}` in the body. */
	language: Language;
	/** The tag that marks entries (`framework`). */
	entryTag: string;
	/** Format of dated source lines (see `source-line-format.ts`). */
	sourceLineFormat: string;
	/** Language of the stored weekday; English by default whatever the UI language. */
	weekdayLanguage: Language;
	/** Stage label for the body, e.g. `(id, lang) => vocabulary.label(id, lang)`. */
	stageLabel: (stage: StageId, language: Language) => string;
}
