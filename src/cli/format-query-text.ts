import type { Entry } from "../core/model/entry";
import type { Query } from "../core/query/query-types";
import type { QueryResult } from "../core/query/run-query";
import type { StageVocabulary } from "../core/stages/stage-vocabulary";
import { entryView } from "../core/view/entry-view";
import { explainQuery } from "../i18n/query/explain-query";
import type { Translator } from "../i18n/translator";
import { joinLines } from "./terminal-text";

/** Query results for a terminal, shaped like the code block's list: explain, stage headings, entries, count. */
export function formatQueryText(query: Query, result: QueryResult, vocabulary: StageVocabulary, i18n: Translator): string {
	const { t, language } = i18n;
	const lines: string[] = [];
	if (query.directives.explain) lines.push(...explainQuery(query, vocabulary, i18n, result.total).split("\n"), "");
	if (result.entries.length === 0) lines.push(t("query.results.none"));
	else if (query.directives.group === "none") lines.push(...result.entries.map((e) => entryLine(e, i18n)));
	else {
		for (const group of result.groups) {
			lines.push(t("query.results.groupHeading", { label: group.stage.labels[language], count: group.entries.length }));
			lines.push(...group.entries.map((e) => entryLine(e, i18n)), "");
		}
	}
	const shown = result.entries.length;
	if (shown > 0) lines.push(shown < result.total ? t("query.results.shownOf", { shown, total: result.total }) : t("query.results.count", { count: shown }));
	return joinLines(lines).replace(/\n+$/, "") + "\n";
}

/** A terminal can open a full URL, so the repository is printed as its URL rather than its label. */
function entryLine(entry: Entry, i18n: Translator): string {
	const view = entryView(entry, i18n.language);
	const star = entry.starred ? "★ " : "";
	const repo = view.repo === null ? "" : `  ${view.repo.url}`;
	const parent = view.basedOn === null ? "" : `  ${i18n.t("cli.basedOn", { parent: view.basedOn })}`;
	return `  ${star}${view.name.text}${repo}${parent}`;
}
