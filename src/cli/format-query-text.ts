import type { Entry } from "../core/model/entry";
import type { Snippet } from "../core/query/body-snippet";
import type { Query } from "../core/query/query-types";
import type { QueryResult } from "../core/query/run-query";
import type { StageVocabulary } from "../core/stages/stage-vocabulary";
import { comparisonMatrix } from "../core/views/comparison-matrix";
import { readingTimeline } from "../core/views/reading-timeline";
import { entryView, resultView } from "../core/view/entry-view";
import { explainQuery } from "../i18n/query/explain-query";
import type { Translator } from "../i18n/translator";
import { joinLines } from "./terminal-text";
import { formatMatrixText } from "./views/format-matrix-text";
import { formatTimelineText } from "./views/format-timeline-text";

/** Query results for a terminal, shaped like the code block's list: explain, stage headings, entries, count. */
export function formatQueryText(query: Query, result: QueryResult, vocabulary: StageVocabulary, i18n: Translator): string {
	const { t, language } = i18n;
	const lines: string[] = [];
	if (query.directives.explain) lines.push(...explainQuery(query, vocabulary, i18n, result.total).split("\n"), "");
	const { view, group, columns } = query.directives;
	const entryLines = (entries: readonly Entry[]) => entries.flatMap((e) => [entryLine(e, i18n), ...snippetLine(resultView(e, i18n.language, query).snippet)]);
	if (result.entries.length === 0) lines.push(t("query.results.none"));
	else if (view === "matrix" && columns !== null) lines.push(...formatMatrixText(comparisonMatrix(result.entries, columns), i18n), "");
	else if (view === "timeline") lines.push(...formatTimelineText(readingTimeline(result.entries), i18n), "");
	else if (group === "none") lines.push(...entryLines(result.entries));
	else {
		for (const stageGroup of result.groups) {
			lines.push(t("query.results.groupHeading", { label: stageGroup.stage.labels[language], count: stageGroup.entries.length }));
			lines.push(...entryLines(stageGroup.entries), "");
		}
	}
	const shown = result.entries.length;
	if (shown > 0) lines.push(shown < result.total ? t("query.results.shownOf", { shown, total: result.total }) : t("query.results.count", { count: shown }));
	return joinLines(lines).replace(/\n+$/, "") + "\n";
}

/** A terminal has no highlighting we may rely on (and sends no control codes): matches are set in «guillemets». */
function snippetLine(snippet: Snippet | null): string[] {
	if (snippet === null) return [];
	let text = "";
	let at = 0;
	for (const mark of snippet.marks) {
		text += `${snippet.text.slice(at, mark.start)}«${snippet.text.slice(mark.start, mark.start + mark.length)}»`;
		at = mark.start + mark.length;
	}
	return [`      ${text}${snippet.text.slice(at)}`];
}

/** A terminal can open a full URL, so the repository is printed as its URL rather than its label. */
function entryLine(entry: Entry, i18n: Translator): string {
	const view = entryView(entry, i18n.language);
	const star = entry.starred ? "★ " : "";
	const repo = view.repo === null ? "" : `  ${view.repo.url}`;
	const parent = view.basedOn === null ? "" : `  ${i18n.t("cli.basedOn", { parent: view.basedOn })}`;
	return `  ${star}${view.name.text}${repo}${parent}`;
}
