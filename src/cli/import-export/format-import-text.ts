import type { ImportResult } from "../../core/import/apply-plan";
import type { ImportPlan, LineMapping, PlannedNote, PlannedStage } from "../../core/import/import-plan";
import type { StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { Translator } from "../../i18n/translator";
import { joinLines } from "../terminal-text";

const SHOWN_LINE_CHARS = 48;

export interface ImportReport {
	outline: string;
	folder: string;
	plan: ImportPlan;
	/** Null for a dry run. */
	result: ImportResult | null;
	/** The stages in use (the vault's, or --stages FILE), uncategorized last. */
	vocabulary: StageVocabulary;
	/** What happened to the new stages: saved into the vault's settings, not saved (why), or none. */
	stagesNote: string | null;
}

/** Created (or, for a dry run, to be created) and skipped notes, then for a dry run where each line goes. */
export function formatImportText(report: ImportReport, i18n: Translator): string {
	const { t } = i18n;
	const { plan, result } = report;
	const create = plan.notes.filter((n) => n.status === "create");
	const skip = plan.notes.filter((n) => n.status === "skip");
	const lines = [t("importExport.planHeading", { outline: report.outline, folder: report.folder }), "", ...mappingTable(report, i18n), ""];
	if (report.stagesNote !== null) lines.push(report.stagesNote, "");
	const createdPaths = new Set(result?.created ?? []);
	const skippedPaths = new Set(result?.skipped ?? []);
	const created = result === null ? create : create.filter((n) => createdPaths.has(n.path));
	lines.push(t(result === null ? "importExport.wouldCreate" : "importExport.created", { count: created.length }));
	// Translated once, not once per note: an import of 10,000 notes spent a second in the translator here.
	const kinds = kindLabels(i18n);
	for (const note of created) lines.push(`  + ${note.path}  (${kinds[note.kind]})`);
	const skipped = result === null ? skip : plan.notes.filter((n) => skippedPaths.has(n.path));
	if (skipped.length > 0) lines.push(t("importExport.skipped", { count: skipped.length }));
	for (const note of skipped) lines.push(`  = ${note.path}`);
	if (result !== null && result.failed.length > 0) {
		lines.push(t("importExport.failed", { count: result.failed.length }));
		for (const failure of result.failed) lines.push(`  ! ${t("importExport.failedNote", failure)}`);
	}
	if (result === null) lines.push("", t("importExport.dryRun"), "", t("importExport.entriesPerStage"), ...entriesPerStage(report, i18n), "", t("importExport.lineMapHeading"), ...lineMap(report, i18n));
	else if (result.created.length === 0) lines.push("", t("importExport.nothingWritten"));
	return joinLines(lines) + "\n";
}

function kindLabels({ t }: Translator): Record<PlannedNote["kind"], string> {
	return { entry: t("importExport.kindEntry"), "stage-overview": t("importExport.kindStageOverview"), preamble: t("importExport.kindPreamble") };
}

/** One row per stage heading: its line, its text, the stage it maps to, its entry count and categories. */
function mappingTable({ plan, vocabulary }: ImportReport, i18n: Translator): string[] {
	const { t } = i18n;
	const { structure } = plan;
	const head = structure.stageLevel === null ? t("importExport.noStageHeadings") : t("importExport.stageLevel", { marks: "#".repeat(structure.stageLevel) });
	const width = String(plan.lines.length).length;
	const rows = structure.stages.map((stage) => {
		const where = stage.line === null ? " ".repeat(width) : String(stage.line).padStart(width);
		const title = stage.line === null ? t("importExport.looseStage") : stage.title;
		const [comma, semicolon] = i18n.language === "zh" ? ["，", "；"] : [", ", "; "];
		const categories = stage.categories.length === 0 ? "" : `${semicolon}${t("importExport.categories", { categories: stage.categories.map((c) => t("importExport.categoryCount", { name: c.name, count: c.entries })).join(comma) })}`;
		return `  ${where}  ${shorten(title)}  → ${mappingText(stage, vocabulary, i18n)}${comma}${t("importExport.entryCount", { count: stage.entries.length })}${categories}`;
	});
	return [t("importExport.structureHeading"), head, ...rows];
}

function mappingText(stage: PlannedStage, vocabulary: StageVocabulary, { t, language }: Translator): string {
	const { mapping } = stage;
	if (mapping.kind === "new") return `${t("importExport.choiceNew", { title: stage.title })} (${mapping.stage})`;
	if (mapping.kind === "uncategorized") return t("importExport.choiceUncategorized");
	return `${vocabulary.label(mapping.stage, language)} (${mapping.stage})`;
}

function entriesPerStage({ plan }: ImportReport, { t, language }: Translator): string[] {
	return plan.structure.stages.map((stage) => {
		const title = stage.line === null ? t("importExport.looseStage") : stage.title;
		const names = stage.entries.map((e) => e.name).join(language === "zh" ? "、" : ", ");
		return `  ${title}: ${names === "" ? t("cli.empty") : names}`;
	});
}

function lineMap({ plan, vocabulary }: ImportReport, i18n: Translator): string[] {
	const skipped = new Set(plan.notes.filter((n) => n.status === "skip").map((n) => n.path));
	const width = String(plan.lines.length).length;
	const label = (id: string) => plan.structure.newStages.find((s) => s.id === id)?.labels[i18n.language] ?? vocabulary.label(id, i18n.language);
	return plan.lines.filter((m) => m.role !== "blank").map((m) => `  ${String(m.line).padStart(width)}  ${shorten(m.text.trim())}  → ${destination(m, skipped, i18n, label)}`);
}

function destination(mapping: LineMapping, skipped: Set<string>, { t }: Translator, label: (id: string) => string): string {
	if (mapping.stage) {
		const stage = `${label(mapping.stage.id)} (${mapping.stage.id})`;
		return t(mapping.stage.known ? "importExport.stageLine" : "importExport.unknownStageLine", { stage });
	}
	if (mapping.target === null) return "—";
	return skipped.has(mapping.target) ? `${mapping.target} (${t("importExport.existsMark")})` : mapping.target;
}

function shorten(text: string): string {
	// UTF-16 length bounds the character count: most lines need no walk, and a long one only its start.
	if (text.length <= SHOWN_LINE_CHARS) return text;
	const chars: string[] = [];
	for (const char of text) {
		if (chars.length === SHOWN_LINE_CHARS) return chars.slice(0, SHOWN_LINE_CHARS - 1).join("") + "…";
		chars.push(char);
	}
	return text;
}
