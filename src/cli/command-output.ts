import { exportCatalogue } from "../core/export/catalogue-export";
import type { CatalogueFormat } from "../core/export/catalogue-options";
import { entryToJson, indexToJson } from "../core/export/entry-json";
import type { AtlasIndex } from "../core/index/atlas-index";
import type { IndexSnapshot } from "../core/index/index-snapshot";
import { parseQuery } from "../core/query/parse-query";
import { runQuery } from "../core/query/run-query";
import { catalogueLabels, localDateText } from "../i18n/catalogue-labels";
import { describeDiagnostic } from "../i18n/describe-diagnostic";
import { describeQueryError } from "../i18n/query/describe-query-error";
import type { Translator } from "../i18n/translator";
import { entryView } from "../core/view/entry-view";
import { formatIndexText } from "./format-index-text";
import { formatQueryText } from "./format-query-text";

/**
 * What `index`, `query` and `export` print, with no Node API: `atlas` in a terminal and the plugin's
 * handlers for Obsidian's own command line both call these, so the two give the same text. Both pass
 * the result through terminalText at their boundary (run-cli.ts, register-cli-handlers.ts).
 */
export function indexOutput(snapshot: IndexSnapshot, i18n: Translator, json: boolean): string {
	if (!json) return formatIndexText(snapshot, i18n);
	return JSON.stringify(indexToJson(snapshot, i18n.language, (d) => describeDiagnostic(d, i18n)), null, 2) + "\n";
}

/** The query's results, or (ok: false) the error with the query line and a caret under the mistake. */
export function queryOutput(text: string, index: AtlasIndex, i18n: Translator, json: boolean): { ok: boolean; text: string } {
	const vocabulary = index.parseOptions().vocabulary;
	const parsed = parseQuery(text, vocabulary);
	if (!parsed.ok) {
		const line = text.split(/\r?\n/)[parsed.error.line - 1] ?? "";
		const caret = " ".repeat(parsed.error.column - 1) + "^".repeat(parsed.error.length);
		return { ok: false, text: `${describeQueryError(parsed.error, i18n)}\n  ${line}\n  ${caret}\n` };
	}
	const result = runQuery(parsed.query, index.snapshot());
	if (json) return { ok: true, text: JSON.stringify({ query: text, entries: result.entries.map((e) => entryToJson(entryView(e, i18n.language))) }, null, 2) + "\n" };
	return { ok: true, text: formatQueryText(parsed.query, result, vocabulary, i18n) };
}

export function exportOutput(format: CatalogueFormat, snapshot: IndexSnapshot, i18n: Translator, now: Date): string {
	return exportCatalogue(format, snapshot, {
		language: i18n.language,
		labels: catalogueLabels(i18n, localDateText(now)),
		describe: (d) => describeDiagnostic(d, i18n),
	});
}
