import { buildIndex } from "../../../src/core/index/build-index";
import type { IndexSnapshot } from "../../../src/core/index/index-snapshot";
import { compareNames } from "../../../src/core/index/name-order";
import type { Entry } from "../../../src/core/model/entry";
import { parseQuery } from "../../../src/core/query/parse-query";
import { runQuery } from "../../../src/core/query/run-query";
import { tagCovers } from "../../../src/core/parse/tags";
import { foldForSearch } from "../../../src/core/text/fold";
import { generateVault } from "../../../bench/vault-generator";

/**
 * The engine compiles terms, caches folded entry facets and sorts names by precomputed rank. Here it
 * is checked against the plain definitions (fold at every comparison, sort with the collator), on a
 * synthetic vault with equal names in several case forms, before and after edits patch the snapshot.
 */
const notes = generateVault({ notes: 600, entries: 300, seed: 7 });

function withTwins(): Map<string, string> {
	const texts = new Map(notes.map((n) => [n.path, n.text]));
	const entries = notes.filter((n) => n.kind === "entry").slice(0, 6);
	// Six entries share one name in three spellings, across stages: ties the sort must keep in index order.
	entries.forEach((n, i) => texts.set(n.path, n.text.replace(/^name: .*$/m, `name: "${["Twin", "twin", "TWIN"][i % 3]}"`)));
	return texts;
}

function inIndexOrder(snapshot: IndexSnapshot): Entry[] {
	return snapshot.stages.flatMap((group) => group.entries.map((placed) => placed.entry));
}

function run(snapshot: IndexSnapshot, text: string): string[] {
	const parsed = parseQuery(text, buildIndex([]).parseOptions().vocabulary);
	if (!parsed.ok) throw new Error(`${text}: ${parsed.error.code}`);
	return runQuery(parsed.query, snapshot).entries.map((e) => e.path);
}

const paths = (entries: Entry[]) => entries.map((e) => e.path);
const byName = (sign: number) => (a: Entry, b: Entry) => sign * compareNames(a.name, b.name);

const ORACLES: [string, (all: Entry[]) => Entry[]][] = [
	["sort:name", (all) => [...all].sort(byName(1))],
	["sort:-name", (all) => [...all].sort(byName(-1))],
	["#rl sort:name", (all) => all.filter((e) => e.tags.some((t) => tagCovers("rl", t))).sort(byName(1))],
	["#RL/GRPO", (all) => all.filter((e) => e.tags.some((t) => tagCovers("RL/GRPO", t)))],
	["ｔｗｉｎ", (all) => all.filter((e) => [e.name, e.nameZh, e.nameEn, e.summary, e.summaryZh, e.summaryEn, ...e.tags].some((p) => p !== null && foldForSearch(p).includes("twin")))],
	["has:repo is:starred", (all) => all.filter((e) => e.repo !== null && e.starred)],
	["-has:summary", (all) => all.filter((e) => e.summary === null && e.summaryZh === null && e.summaryEn === null)],
	["-#rl -after:2025-06-01", (all) => all.filter((e) => !e.tags.some((t) => tagCovers("rl", t)) && !(e.sources.length > 0 && e.sources.map((x) => x.date.slice(0, 10)).sort().at(-1)! >= "2025-06-01"))],
	["repo:ORG1", (all) => all.filter((e) => e.repo !== null && foldForSearch(e.repo).includes("org1"))],
];

describe("query results equal the plain definitions", () => {
	it.each(ORACLES)("%s, on a fresh index and after edits", (query, oracle) => {
		const texts = withTwins();
		const index = buildIndex(texts);
		expect(run(index.snapshot(), query)).toEqual(paths(oracle(inIndexOrder(index.snapshot()))));
		for (const note of notes.filter((n) => n.kind === "entry").slice(0, 40)) {
			const edited = `${texts.get(note.path)!.replace(/^name: /m, "summary: edited twin\nname: ")}\n- 2026-11-27 [new](https://example.org/n)\n`;
			index.upsert(note.path, edited);
		}
		const oracleAfter = paths(oracle(inIndexOrder(index.snapshot())));
		expect(oracleAfter.length).toBeGreaterThan(0);
		expect(run(index.snapshot(), query)).toEqual(oracleAfter);
	});

	it("the equal names really are ties in several stages", () => {
		const snapshot = buildIndex(withTwins()).snapshot();
		const twins = inIndexOrder(snapshot).filter((e) => e.name.toLowerCase() === "twin");
		expect(twins).toHaveLength(6);
		expect(new Set(twins.map((e) => e.stage)).size).toBeGreaterThan(1);
	});
});
