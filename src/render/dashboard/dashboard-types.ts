import type { Entry } from "../../core/model/entry";
import type { Snippet } from "../../core/query/body-snippet";
import type { EntryPredicate } from "../../core/query/match-entry";
import type { Translator } from "../../i18n/translator";
import type { DashboardLayout } from "./stage-moves";
import type { FactsDisplay } from "../facts-badges";

/** A compiled filter: a predicate, or an error to show under the filter box (then nothing is filtered). */
export interface FilterResult {
	predicate: EntryPredicate | null;
	error: string | null;
	/** A snippet of the note text for entries matched through it (shown on their cards). */
	snippet?: (entry: Entry) => Snippet | null;
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
	/** Asks the code hosts for fresh repository facts; when absent the header has no such button. */
	refreshFacts?(): void;
	/** Creates the first entry; when absent the empty state only explains the note format. */
	createEntry?(): void;
	/** Context menu on a card. */
	cardMenu?(path: string, event: MouseEvent): void;
	/** The set of collapsed stage ids changed (persist it). */
	collapseChange(collapsed: string[]): void;
	/** The List / Board switch was used (persist it); when absent there is no switch. */
	layoutChange?(layout: DashboardLayout): void;
	/** Move the entry to another stage (drag, Alt+←/→); when absent cards cannot be moved. */
	moveEntry?(path: string, stageId: string): void;
	/** Ctrl/Cmd+Z in the dashboard: undo the last move. */
	undo?(): void;
}

/** Draws an icon into a button (Obsidian's setIcon in the plugin; a text glyph elsewhere). */
export type IconSetter = (element: HTMLElement, icon: string) => void;

/** The first reading of the vault: notes read so far, of `total` candidates (null until they are counted). */
export interface LoadProgress {
	read: number;
	total: number | null;
}

export interface DashboardOptions {
	translator: Translator;
	callbacks: DashboardCallbacks;
	/** The entry marker tag, hidden on cards (it is on every one of them); a function when it can change. */
	entryTag: string | (() => string);
	collapsed?: Iterable<string>;
	/** "list" (default): stage sections stacked; "board": one column per stage, scrolling sideways. */
	layout?: DashboardLayout;
	compileFilter?: FilterCompiler;
	setIcon?: IconSetter;
	/** Repository facts for the cards and the problems section; read on every paint. */
	facts?: () => FactsDisplay | undefined;
	/** Cards drawn at once per section before "show more" (and lazy loading on scroll) take over. */
	chunkSize?: number;
	/** The activity strip under the filter box: shown while `shown()` says so, months counted back from `now()`. */
	activity?: { shown: () => boolean; now: () => Date };
}
