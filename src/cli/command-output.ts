import { exportCatalogue } from "../core/export/catalogue-export";
import type { CatalogueFormat } from "../core/export/catalogue-options";
import { entryToJson, indexToJson } from "../core/export/entry-json";
import type { AtlasIndex } from "../core/index/atlas-index";
import type { IndexSnapshot } from "../core/index/index-snapshot";
import { parseQuery } from "../core/query/parse-query";
import type { ColumnSpec, Query } from "../core/query/query-types";
import { runQuery, type QueryResult } from "../core/query/run-query";
import { matrixToJson, snippetToJson, timelineToJson } from "../core/export/views-json";
import { comparisonMatrix } from "../core/views/comparison-matrix";
import { readingTimeline } from "../core/views/reading-timeline";
import { catalogueLabels, localDateText } from "../i18n/catalogue-labels";
import { describeDiagnostic } from "../i18n/describe-diagnostic";
import { describeQueryError } from "../i18n/query/describe-query-error";
import type { Translator } from "../i18n/translator";
import { resultView } from "../core/view/entry-view";
import { formatIndexText } from "./format-index-text";
import { formatQueryText } from "./format-query-text";
import type { FactsLookup } from "../core/repo-facts/facts-lookup";
import { repoFactsOf } from "../core/repo-facts/facts-json";
import { factsPhrase } from "../i18n/facts-text";

/**
 * What `index`, `query` and `export` print, with no Node API: `atlas` in a terminal and the plugin's
 * handlers for Obsidian's own command line both call these, so the two give the same text. Both pass
 * the result through terminalText at their boundary (run-cli.ts, register-cli-handlers.ts).
 */
export function indexOutput(snapshot: IndexSnapshot, i18n: Translator, json: boolean, facts?: FactsLookup): string {
	if (!json) return formatIndexText(snapshot, i18n);
	return JSON.stringify(indexToJson(snapshot, i18n.language, (d) => describeDiagnostic(d, i18n), facts && repoFactsOf(facts)), null, 2) + "\n";
}

/** The query's results, or (ok: false) the error with the query line and a caret under the mistake. */
export function queryOutput(text: string, index: AtlasIndex, i18n: Translator, json: boolean, facts?: FactsLookup): { ok: boolean; text: string } {
	const vocabulary = index.parseOptions().vocabulary;
	const parsed = parseQuery(text, vocabulary);
	if (!parsed.ok) {
		const line = text.split(/\r?\n/)[parsed.error.line - 1] ?? "";
		const caret = " ".repeat(parsed.error.column - 1) + "^".repeat(parsed.error.length);
		return { ok: false, text: `${describeQueryError(parsed.error, i18n)}\n  ${line}\n  ${caret}\n` };
	}
	// Facts filters and sorts read the facts cache; nothing is fetched.
	const result = runQuery(parsed.query, index.snapshot(), facts);
	if (json) return { ok: true, text: JSON.stringify(queryJson(parsed.query, result, i18n, facts), null, 2) + "\n" };
	return { ok: true, text: formatQueryText(parsed.query, result, vocabulary, i18n) };
}

/** The entries (with the body snippet of those found through their note text, and their repository facts); a matrix or a timeline when the query asks for one. */
function queryJson(query: Query, result: QueryResult, i18n: Translator, facts?: FactsLookup): object {
	const repoFacts = facts && repoFactsOf(facts);
	const entries = result.entries.map((entry) => {
		const view = resultView(entry, i18n.language, query, facts);
		const json = entryToJson(view, repoFacts);
		return view.snippet === null ? json : { ...json, snippet: snippetToJson(view.snippet) };
	});
	const { view, columns } = query.directives;
	return {
		query: query.source,
		entries,
		...(view === "matrix" && columns !== null ? { matrix: matrixToJson(comparisonMatrix(result.entries, columns)) } : {}),
		...(view === "timeline" ? { timeline: timelineToJson(readingTimeline(result.entries)) } : {}),
	};
}

/**
 * `facts`: JSON carries repoFacts; md/html show "★ 12.3k · Pushed 3 months ago" only with `withPhrase`.
 * `matrix`: a comparison table under each stage (md and html), as `--matrix` and the export dialog ask.
 */
export function exportOutput(format: CatalogueFormat, snapshot: IndexSnapshot, i18n: Translator, now: Date, facts?: { lookup: FactsLookup; withPhrase: boolean }, matrix: ColumnSpec | null = null): string {
	return exportCatalogue(format, snapshot, {
		language: i18n.language,
		labels: catalogueLabels(i18n, localDateText(now)),
		describe: (d) => describeDiagnostic(d, i18n),
		...(facts ? { repoFacts: repoFactsOf(facts.lookup) } : {}),
		...(facts?.withPhrase ? { facts: factsPhrase(facts.lookup, now, i18n) } : {}),
		matrix,
	});
}
