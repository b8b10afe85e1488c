import type { EntryPredicate } from "../../core/query/match-entry";
import type { Translator } from "../../i18n/translator";

/** A compiled filter: a predicate, or an error to show under the filter box (then nothing is filtered). */
export interface FilterResult {
	predicate: EntryPredicate | null;
	error: string | null;
}

/**
 * Turns the filter box text into a predicate: the query language (queryFilterCompiler) over the
 * built-in stages by default; the plugin passes one that follows the vault's vocabulary.
 */
export type FilterCompiler = (query: string) => FilterResult;

/** What the dashboard asks its host to do; the renderer itself never touches Obsidian. */
export interface DashboardCallbacks {
	/** Open the note; `newTab` for Ctrl/Cmd-click, middle click or Ctrl/Cmd+Enter. */
	openNote(path: string, newTab: boolean): void;
	/** The pointer entered a card or a note link (Obsidian shows a page preview). */
	hoverNote?(path: string, event: MouseEvent, target: HTMLElement): void;
	toggleLanguage(): void;
	refresh(): void;
	/** Creates the first entry; when absent the empty state only explains the note format. */
	createEntry?(): void;
	/** Context menu on a card. */
	cardMenu?(path: string, event: MouseEvent): void;
	/** The set of collapsed stage ids changed (persist it). */
	collapseChange(collapsed: string[]): void;
}

/** Draws an icon into a button (Obsidian's setIcon in the plugin; a text glyph elsewhere). */
export type IconSetter = (element: HTMLElement, icon: string) => void;

export interface DashboardOptions {
	translator: Translator;
	callbacks: DashboardCallbacks;
	/** The entry marker tag, hidden on cards (it is on every one of them); a function when it can change. */
	entryTag: string | (() => string);
	collapsed?: Iterable<string>;
	compileFilter?: FilterCompiler;
	setIcon?: IconSetter;
	/** Cards drawn at once per section before "show more" (and lazy loading on scroll) take over. */
	chunkSize?: number;
}
