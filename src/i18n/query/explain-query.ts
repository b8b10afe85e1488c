import type { HasWhat, Query, SortKey, Term, TermKind, TermOf } from "../../core/query/query-types";
import type { StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { Translator } from "../translator";

type Describe<K extends TermKind> = (term: TermOf<K>, context: ExplainContext) => string;

interface ExplainContext {
	i18n: Translator;
	vocabulary: StageVocabulary;
}

const HAS_KEYS: { [W in HasWhat]: string } = { repo: "query.explain.hasRepo", sources: "query.explain.hasSources", summary: "query.explain.hasSummary" };

/** One line per leaf term. A Record over every term kind, so a new kind without a phrase fails tsc. */
const LEAVES: { [K in LeafKind]: Describe<K> } = {
	text: (term, { i18n }) => i18n.t("query.explain.text", { text: term.text }),
	tag: (term, { i18n }) => i18n.t("query.explain.tag", { tag: term.tag }),
	stage: (term, { i18n, vocabulary }) =>
		i18n.t(term.stages.length > 1 ? "query.explain.stageAny" : "query.explain.stage", { stages: term.stages.map((id) => vocabulary.label(id, i18n.language)).join(i18n.t("query.explain.stageSeparator")) }),
	starred: (_term, { i18n }) => i18n.t("query.explain.starred"),
	has: (term, { i18n }) => i18n.t(HAS_KEYS[term.what]),
	based: (term, { i18n }) => i18n.t("query.explain.based", { name: term.name }),
	repo: (term, { i18n }) => i18n.t("query.explain.repo", { text: term.text }),
	date: (term, { i18n }) => i18n.t(`query.explain.${term.bound}`, { date: term.date.replace("T", " ") }),
};

/** The parsed query as indented text in the active language, then the display settings and the count. */
export function explainQuery(query: Query, vocabulary: StageVocabulary, i18n: Translator, matchCount: number): string {
	const { t } = i18n;
	const context = { i18n, vocabulary };
	const lines = [t("query.explain.heading")];
	lines.push(...(query.filter === null ? [`  ${t("query.explain.everything")}`] : termLines(query.filter, context, 1)));
	const d = query.directives;
	lines.push(d.sort.length === 0 ? t("query.explain.sortDefault") : t("query.explain.sortBy", { keys: d.sort.map((k) => sortKey(k, i18n)).join(t("query.explain.listSeparator")) }));
	if (d.limit !== null) lines.push(t("query.explain.limit", { count: d.limit }));
	lines.push(t(d.group === "stage" ? "query.explain.groupStage" : "query.explain.groupNone"));
	lines.push(t(`query.explain.view${d.view[0]!.toUpperCase()}${d.view.slice(1)}`));
	lines.push(t("query.explain.matches", { count: matchCount }));
	return lines.join("\n");
}

function termLines(term: Term, context: ExplainContext, depth: number): string[] {
	const indent = "  ".repeat(depth);
	const { t } = context.i18n;
	if (term.kind === "and" || term.kind === "or") {
		const heading = `${indent}${t(term.kind === "and" ? "query.explain.all" : "query.explain.any")}`;
		return [heading, ...term.terms.flatMap((child) => termLines(child, context, depth + 1))];
	}
	if (term.kind === "not") {
		const inner = term.term;
		if (inner.kind === "and" || inner.kind === "or" || inner.kind === "not") return [`${indent}${t("query.explain.not")}`, ...termLines(inner, context, depth + 1)];
		return [`${indent}${t("query.explain.notTerm", { term: leaf(inner, context) })}`];
	}
	return [`${indent}${leaf(term, context)}`];
}

type LeafKind = Exclude<TermKind, "and" | "or" | "not">;

function leaf(term: TermOf<LeafKind>, context: ExplainContext): string {
	return (LEAVES[term.kind] as Describe<LeafKind>)(term, context);
}

function sortKey(key: SortKey, { t }: Translator): string {
	const name = t(`query.explain.sort${key.field[0]!.toUpperCase()}${key.field.slice(1)}`);
	return key.descending ? t("query.explain.descending", { key: name }) : name;
}
