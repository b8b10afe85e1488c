import type { AtlasIndex } from "../../src/core/index/atlas-index";
import { buildIndex } from "../../src/core/index/build-index";
import { parseNote } from "../../src/core/parse/note-parser";
import { timeSync } from "../measure";
import type { Measurement } from "../results";
import type { SyntheticNote } from "../vault-generator";

/** Two versions of one entry's text, so every upsert is a real change (a new summary). */
function editsOf(note: SyntheticNote): [string, string] {
	return [note.text.replace(/^name: /m, "summary: edited once\nname: "), note.text.replace(/^name: /m, "summary: edited twice\nname: ")];
}

/** Two versions that rename the entry: it moves in the order, so the snapshot is rebuilt, not patched. */
function renamesOf(note: SyntheticNote): [string, string] {
	return [note.text.replace(/^name: "?(.*?)"?$/m, 'name: "$1 renamed"'), note.text];
}

/** (2) One changed note in a 2,000-entry index: the upsert alone, and with the snapshot a listener triggers. */
export function measureIncremental(notes: readonly SyntheticNote[], runs: number): Measurement[] {
	const index = buildIndex(notes.map((n) => [n.path, n.text]));
	const entries = notes.filter((n) => n.kind === "entry");
	const next = alternating(entries, editsOf);
	const upsertOnly = timeSync(() => index.upsert(...next()), { warmup: 50, runs });
	const withSnapshot = timeSync(() => upsertAndSnapshot(index, next()), { warmup: 20, runs });
	const rename = alternating(entries, renamesOf);
	const renamed = timeSync(() => upsertAndSnapshot(index, rename()), { warmup: 20, runs: Math.max(50, runs / 5) });
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
		{ group, name: "rename + snapshot, median", value: renamed.median, min: renamed.min, unit: "ms", baseline, note: "full rebuild" },
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

function upsertAndSnapshot(index: AtlasIndex, [path, text]: [string, string]): void {
	index.upsert(path, text);
	index.snapshot();
}
