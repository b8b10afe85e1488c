import type { Diagnostic } from "../model/diagnostic";
import type { DatedSource, EntryLink } from "../model/entry";
import type { IndexSnapshot, PlacedEntry } from "../index/index-snapshot";
import type { Language } from "../stages/stage-vocabulary";
import { entryView, type EntryView } from "../view/entry-view";

/**
 * The public JSON shape of an entry (`atlas index --json`, `atlas query --json`, export): the note's
 * data exactly as stored (plain `name`, full repo URL, every source), not the display labels.
 */
export interface EntryJson {
	path: string;
	name: string;
	stage: string;
	tags: string[];
	repo: string | null;
	starred: boolean;
	basedOn: string | null;
	links: EntryLink[];
	sources: DatedSource[];
}

export interface IndexJson {
	stages: { id: string; label: string; entries: EntryJson[] }[];
	problems: { path: string; message: string }[];
	warnings: { path: string; message: string }[];
}

export function entryToJson(view: EntryView): EntryJson {
	const { entry } = view;
	return {
		path: entry.path,
		name: entry.name,
		stage: entry.stage,
		tags: [...entry.tags],
		repo: view.repo?.url ?? null,
		starred: entry.starred,
		basedOn: view.basedOn,
		links: entry.links.map(({ label, url }) => ({ label, url })),
		sources: entry.sources.map(({ date, title, url }) => ({ date: jsonDate(date), title, url })),
	};
}

/**
 * The JSON promises `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`: a time written without seconds gets
 * `:00`. The wall-clock text is otherwise kept exactly; no zone is ever applied.
 */
export function jsonDate(date: string): string {
	return /T\d{2}:\d{2}$/.test(date) ? `${date}:00` : date;
}

/** `describe` phrases a diagnostic in the output language; the English core message otherwise. */
export function indexToJson(
	snapshot: IndexSnapshot,
	language: Language,
	describe: (d: Diagnostic) => string = (d) => d.message,
): IndexJson {
	const plain = (d: Diagnostic) => ({ path: d.path, message: describe(d) });
	const names = new Map(snapshot.stages.flatMap((group) => group.entries.map((p): [string, string] => [p.entry.path, p.entry.name])));
	return {
		stages: snapshot.stages.map((group) => ({
			id: group.stage.id,
			label: group.stage.labels[language],
			entries: group.entries.map((placed) => ({ ...entryToJson(entryView(placed.entry, language)), basedOn: parentName(placed, names) })),
		})),
		problems: snapshot.problems.map(plain),
		warnings: snapshot.warnings.map(plain),
	};
}

/** The resolved parent's own name (`[[verl]]` → `veRL`); as written when it names no entry. */
function parentName(placed: PlacedEntry, names: ReadonlyMap<string, string>): string | null {
	return (placed.parentPath === null ? undefined : names.get(placed.parentPath)) ?? placed.entry.basedOn;
}
