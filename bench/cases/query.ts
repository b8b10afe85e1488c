import type { IndexSnapshot } from "../../src/core/index/index-snapshot";
import { parseQuery } from "../../src/core/query/parse-query";
import { runQuery } from "../../src/core/query/run-query";
import type { Query } from "../../src/core/query/query-types";
import type { StageVocabulary } from "../../src/core/stages/stage-vocabulary";
import { timeSync } from "../measure";
import type { Measurement } from "../results";

/** What researchers type: a tag, a stage with a flag, free text, dates, boolean mixes, sorted and limited. */
export const TYPICAL_QUERIES = [
	"#rl",
	"stage:rl is:starred",
	"强化学习 OR vLLM",
	"#rl/grpo after:2025-01-01 sort:date limit:20",
	"-(#moe OR #multimodal) has:repo sort:name",
	"stage:微调 based:OpenRLHF-1",
] as const;

function parsed(source: string, vocabulary: StageVocabulary): Query {
	const result = parseQuery(source, vocabulary);
	if (!result.ok) throw new Error(`benchmark query does not parse: ${source}: ${result.error.code}`);
	return result.query;
}

/** (3) Query evaluation over the snapshot, next to the floor of visiting every entry once. */
export function measureQueries(snapshot: IndexSnapshot, vocabulary: StageVocabulary, runs: number): Measurement[] {
	const group = `3 query (${snapshot.entryCount} entries)`;
	const floor = timeSync(() => snapshot.stages.reduce((n, g) => n + g.entries.filter((p) => p.entry.name.length > 0).length, 0), { warmup: 20, runs });
	const baseline = { name: "visit every entry", value: floor.median };
	const out: Measurement[] = [{ group, name: "visit every entry (floor)", value: floor.median, unit: "ms" }];
	for (const source of TYPICAL_QUERIES) {
		const query = parsed(source, vocabulary);
		const run = timeSync(() => runQuery(query, snapshot), { warmup: 20, runs });
		const total = runQuery(query, snapshot).total;
		out.push({ group, name: `run "${source}" (${total} match)`, value: run.median, min: run.min, unit: "ms", baseline, budget: { max: 2, of: "value", strict: true } });
	}
	// Name ranks are cached per snapshot; after an edit the first `sort:name` run ranks every name again.
	const sorted = parsed("-(#moe OR #multimodal) has:repo sort:name", vocabulary);
	const fresh = timeSync(() => runQuery(sorted, { ...snapshot }), { warmup: 20, runs });
	out.push({ group, name: "same sort:name query on a new snapshot", value: fresh.median, min: fresh.min, unit: "ms", baseline, budget: { max: 2, of: "value", strict: true }, note: "ranks names again" });
	const parse = timeSync(() => TYPICAL_QUERIES.map((source) => parseQuery(source, vocabulary)), { warmup: 20, runs });
	out.push({ group, name: `parse all ${TYPICAL_QUERIES.length} queries`, value: parse.median, min: parse.min, unit: "ms", budget: { max: 2, of: "value", strict: true } });
	return out;
}
