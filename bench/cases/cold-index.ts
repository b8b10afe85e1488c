import matter from "gray-matter";
import { CORE_SCHEMA, load } from "js-yaml";
import { buildIndex } from "../../src/core/index/build-index";
import { readIndexCandidates } from "../../node/note-heads";
import { listMarkdownFiles, readVaultNotes } from "../../node/vault-files";
import { statSync } from "node:fs";
import { timeInTurns } from "../measure";
import type { Measurement } from "../results";

// The baseline parses YAML with the same library and schema; code engines refuse, as they must.
const refuse = (): never => {
	throw new Error("refused");
};
const BASELINE_OPTIONS = {
	engines: { yaml: (text: string) => load(text, { schema: CORE_SCHEMA }) as object, js: refuse, javascript: refuse, json: refuse, coffee: refuse },
};

/** What a plugin without pre-filtering does: read every note and run gray-matter on each (cache bypassed). */
function readAndGrayMatter(vault: string): number {
	let parsed = 0;
	for (const [, text] of readVaultNotes(vault)) {
		try {
			if (Object.keys(matter(text, BASELINE_OPTIONS).data).length > 0) parsed++;
		} catch {
			// A malformed note costs the baseline its parse attempt, as it costs us.
		}
	}
	return parsed;
}

/** (1) Building the index from disk the way `atlas index` does, against two floors measured alongside. */
export function measureColdIndex(vault: string, runs: number): Measurement[] {
	const timings = timeInTurns(
		{
			read: () => readVaultNotes(vault),
			grayMatter: () => readAndGrayMatter(vault),
			// As `atlas index` does: the head of each note first, the rest only for candidates.
			atlas: () => buildIndex(readIndexCandidates(vault, "framework").notes).snapshot(),
		},
		{ warmup: 2, runs },
	);
	const atlas = timings.atlas!.median;
	const group = "1 cold index (10,000 notes)";
	const total = listMarkdownFiles(vault).reduce((sum, file) => sum + statSync(file).size, 0);
	const bytes = `reads ${mb(readIndexCandidates(vault, "framework").bytesRead)} of ${mb(total)}`;
	return [
		{ group, name: "read every file", value: timings.read!.median, min: timings.read!.min, unit: "ms" },
		{ group, name: "read + gray-matter every file", value: timings.grayMatter!.median, min: timings.grayMatter!.min, unit: "ms" },
		{ group, name: "atlas index vs read+gray-matter", value: atlas, min: timings.atlas!.min, unit: "ms", baseline: { name: "read + gray-matter", value: timings.grayMatter!.median }, budget: { max: 1.0, of: "ratio" } },
		{ group, name: "atlas index vs raw read", note: bytes, value: atlas, min: timings.atlas!.min, unit: "ms", baseline: { name: "read", value: timings.read!.median }, budget: { max: 1.0, of: "ratio" } },
	];
}

function mb(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
