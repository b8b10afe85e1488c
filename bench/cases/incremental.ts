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

/** (2) One changed note in a 2,000-entry index: the upsert alone, and with the snapshot a listener triggers. */
export function measureIncremental(notes: readonly SyntheticNote[], runs: number): Measurement[] {
	const index = buildIndex(notes.map((n) => [n.path, n.text]));
	const entries = notes.filter((n) => n.kind === "entry");
	const edits = entries.map((note) => ({ path: note.path, texts: editsOf(note) }));
	let turn = 0;
	// Spread over the whole index; edits are prepared beforehand so only the index work is timed.
	const next = (): [string, string] => {
		const edit = edits[(turn * 7919) % edits.length]!;
		return [edit.path, edit.texts[turn++ % 2]!];
	};
	const upsertOnly = timeSync(() => index.upsert(...next()), { warmup: 50, runs });
	const withSnapshot = timeSync(() => upsertAndSnapshot(index, next()), { warmup: 20, runs });
	const options = index.parseOptions();
	const parseOnly = timeSync(() => {
		const [path, text] = next();
		return parseNote(path, text, options);
	}, { warmup: 50, runs });
	const group = `2 incremental upsert (${index.snapshot().entryCount} entries)`;
	const baseline = { name: "parseNote alone", value: parseOnly.median };
	return [
		{ group, name: "parseNote of the changed note (floor)", value: parseOnly.median, unit: "ms" },
		{ group, name: "upsert only, median", value: upsertOnly.median, unit: "ms", baseline, budget: { max: 1, of: "value", strict: true } },
		{ group, name: "upsert only, p99", value: upsertOnly.p99, unit: "ms", baseline },
		{ group, name: "upsert + snapshot, median", value: withSnapshot.median, unit: "ms", baseline, budget: { max: 1, of: "value", strict: true } },
		{ group, name: "upsert + snapshot, p99", value: withSnapshot.p99, unit: "ms", baseline },
	];
}

function upsertAndSnapshot(index: AtlasIndex, [path, text]: [string, string]): void {
	index.upsert(path, text);
	index.snapshot();
}
