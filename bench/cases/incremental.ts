import type { AtlasIndex } from "../../src/core/index/atlas-index";
import { buildIndex } from "../../src/core/index/build-index";
import { parseNote } from "../../src/core/parse/note-parser";
import { timeSync, type Timing } from "../measure";
import type { Measurement } from "../results";
import type { SyntheticNote } from "../vault-generator";

/** Two versions of one entry's text, so every upsert is a real change (a new summary). */
function editsOf(note: SyntheticNote): [string, string] {
	return [note.text.replace(/^name: /m, "summary: edited once\nname: "), note.text.replace(/^name: /m, "summary: edited twice\nname: ")];
}

/** Two versions that rename the entry: it moves in the order (and in the name lookup). */
function renamesOf(note: SyntheticNote): [string, string] {
	return [note.text.replace(/^name: "?(.*?)"?$/m, 'name: "$1 renamed"'), note.text];
}

const withoutLine = (text: string, field: string): string => text.replace(new RegExp(`^${field}: .*\\n`, "m"), "");

/** The entry changes group: two stages it flips between. */
function stagesOf(note: SyntheticNote): [string, string] {
	const bare = withoutLine(note.text, "stage");
	return [bare.replace(/^name: /m, "stage: deploy\nname: "), bare.replace(/^name: /m, "stage: rl\nname: ")];
}

/** The entry gains a parent (nests under it) and loses it again. */
function parentsOf(note: SyntheticNote, parentName: string): [string, string] {
	const bare = withoutLine(note.text, "based_on");
	return [bare.replace(/^name: /m, `based_on: "[[${parentName}]]"\nname: `), bare];
}

/** The repo moves: duplicate-repo groups change. */
function reposOf(note: SyntheticNote): [string, string] {
	return [note.text.replace(/^repo: "(.*)"$/m, 'repo: "$1-moved"'), note.text];
}

/** (2) One changed note in a 2,000-entry index: the upsert alone, and with the snapshot a listener triggers. */
export function measureIncremental(notes: readonly SyntheticNote[], runs: number): Measurement[] {
	const index = buildIndex(notes.map((n) => [n.path, n.text]));
	const entries = notes.filter((n) => n.kind === "entry");
	const next = alternating(entries, editsOf);
	const upsertOnly = timeSync(() => index.upsert(...next()), { warmup: 50, runs });
	const withSnapshot = timeSync(() => upsertAndSnapshot(index, next()), { warmup: 20, runs });
	const structural = { warmup: 20, runs: Math.max(50, runs / 5) };
	const structure = (edit: () => void) => timeSync(() => {
		edit();
		index.snapshot();
	}, structural);
	const names = nameOf(entries);
	const renamed = structure(upserting(index, alternating(entries, renamesOf)));
	const staged = structure(upserting(index, alternating(entries, stagesOf)));
	const parented = structure(upserting(index, alternating(entries, (note) => parentsOf(note, names(note)))));
	const repos = structure(upserting(index, alternating(entries, reposOf)));
	const moved = structure(fileMoves(index, entries));
	const added = structure(addsAndRemoves(index, entries));
	const options = index.parseOptions();
	const parseOnly = timeSync(() => {
		const [path, text] = next();
		return parseNote(path, text, options);
	}, { warmup: 50, runs });
	const group = `2 incremental upsert (${index.snapshot().entryCount} entries)`;
	const baseline = { name: "parseNote alone", value: parseOnly.median };
	return [
		{ group, name: "parseNote of the changed note (floor)", value: parseOnly.median, min: parseOnly.min, unit: "ms" },
		{ group, name: "upsert only, median", value: upsertOnly.median, min: upsertOnly.min, unit: "ms", baseline, budget: { max: 1, of: "value", strict: true } },
		{ group, name: "upsert only, p99", value: upsertOnly.p99, unit: "ms", baseline },
		{ group, name: "upsert + snapshot, median", value: withSnapshot.median, min: withSnapshot.min, unit: "ms", baseline, budget: { max: 1, of: "value", strict: true } },
		{ group, name: "upsert + snapshot, p99", value: withSnapshot.p99, unit: "ms", baseline },
		...[
			["changed name + snapshot, median", renamed],
			["changed stage + snapshot, median", staged],
			["changed based_on + snapshot, median", parented],
			["changed repo + snapshot, median", repos],
			["file renamed + snapshot, median", moved],
			["new or removed entry + snapshot, median", added],
		].map(([name, timing]): Measurement => {
			const t = timing as Timing;
			return { group, name: name as string, value: t.median, min: t.min, unit: "ms", baseline, budget: { max: 0.3, of: "value" } };
		}),
	];
}

/**
 * Spread over the whole index; each note flips between its two versions, so every upsert is a real
 * change. Versions are prepared beforehand so only the index work is timed.
 */
function alternating(entries: readonly SyntheticNote[], versionsOf: (note: SyntheticNote) => [string, string]): () => [string, string] {
	const edits = entries.map((note) => ({ path: note.path, texts: versionsOf(note), turn: 0 }));
	let turn = 0;
	return () => {
		const edit = edits[(turn++ * 7919) % edits.length]!;
		return [edit.path, edit.texts[edit.turn++ % 2]!];
	};
}

function upserting(index: AtlasIndex, next: () => [string, string]): () => void {
	return () => index.upsert(...next());
}

/** A parent for each entry: another entry's name, spread over the index. */
function nameOf(entries: readonly SyntheticNote[]): (note: SyntheticNote) => string {
	const names = entries.map((n) => /^name: "(.*)"$/m.exec(n.text)?.[1] ?? n.path);
	let turn = 0;
	return () => names[(turn++ * 104729) % names.length]!;
}

/** Each turn moves one entry's file to another folder, or back. */
function fileMoves(index: AtlasIndex, entries: readonly SyntheticNote[]): () => void {
	const moved = new Set<string>();
	let turn = 0;
	return () => {
		const path = entries[(turn++ * 7919) % entries.length]!.path;
		const elsewhere = path.replace(/^Frameworks\//, "Moved/");
		if (moved.delete(path)) index.rename(elsewhere, path);
		else {
			moved.add(path);
			index.rename(path, elsewhere);
		}
	};
}

/** A new entry note appears (a copy of an existing one's text under a new path) and goes again. */
function addsAndRemoves(index: AtlasIndex, entries: readonly SyntheticNote[]): () => void {
	let turn = 0;
	let pending: string | null = null;
	return () => {
		if (pending !== null) {
			index.remove(pending);
			pending = null;
			return;
		}
		const source = entries[(turn * 7919) % entries.length]!;
		pending = `New/entry-${turn++}.md`;
		index.upsert(pending, source.text.replace(/^name: "(.*)"$/m, 'name: "$1 copy"'));
	};
}

function upsertAndSnapshot(index: AtlasIndex, [path, text]: [string, string]): void {
	index.upsert(path, text);
	index.snapshot();
}
