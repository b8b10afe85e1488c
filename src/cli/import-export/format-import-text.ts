import type { ImportResult } from "../../core/import/apply-plan";
import type { ImportPlan, LineMapping, PlannedNote } from "../../core/import/import-plan";
import { StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { Translator } from "../../i18n/translator";
import { joinLines } from "../terminal-text";

const SHOWN_LINE_CHARS = 48;

export interface ImportReport {
	outline: string;
	folder: string;
	plan: ImportPlan;
	/** Null for a dry run. */
	result: ImportResult | null;
}

/** Created (or, for a dry run, to be created) and skipped notes, then for a dry run where each line goes. */
export function formatImportText(report: ImportReport, i18n: Translator): string {
	const { t } = i18n;
	const { plan, result } = report;
	const create = plan.notes.filter((n) => n.status === "create");
	const skip = plan.notes.filter((n) => n.status === "skip");
	const lines = [t("importExport.planHeading", { outline: report.outline, folder: report.folder }), ""];
	const createdPaths = new Set(result?.created ?? []);
	const skippedPaths = new Set(result?.skipped ?? []);
	const created = result === null ? create : create.filter((n) => createdPaths.has(n.path));
	lines.push(t(result === null ? "importExport.wouldCreate" : "importExport.created", { count: created.length }));
	for (const note of created) lines.push(`  + ${noteLabel(note, i18n)}`);
	const skipped = result === null ? skip : plan.notes.filter((n) => skippedPaths.has(n.path));
	if (skipped.length > 0) lines.push(t("importExport.skipped", { count: skipped.length }));
	for (const note of skipped) lines.push(`  = ${note.path}`);
	if (result !== null && result.failed.length > 0) {
		lines.push(t("importExport.failed", { count: result.failed.length }));
		for (const failure of result.failed) lines.push(`  ! ${t("importExport.failedNote", failure)}`);
	}
	if (result === null) lines.push("", t("importExport.dryRun"), "", t("importExport.lineMapHeading"), ...lineMap(plan, i18n));
	else if (result.created.length === 0) lines.push("", t("importExport.nothingWritten"));
	return joinLines(lines) + "\n";
}

function noteLabel(note: PlannedNote, { t }: Translator): string {
	const kind = { entry: "importExport.kindEntry", "stage-overview": "importExport.kindStageOverview", preamble: "importExport.kindPreamble" }[note.kind];
	return `${note.path}  (${t(kind)})`;
}

function lineMap(plan: ImportPlan, i18n: Translator): string[] {
	const skipped = new Set(plan.notes.filter((n) => n.status === "skip").map((n) => n.path));
	const width = String(plan.lines.length).length;
	return plan.lines.filter((m) => m.role !== "blank").map((m) => `  ${String(m.line).padStart(width)}  ${shorten(m.text.trim())}  → ${destination(m, skipped, i18n)}`);
}

function destination(mapping: LineMapping, skipped: Set<string>, { t, language }: Translator): string {
	if (mapping.stage) {
		const stage = `${new StageVocabulary().label(mapping.stage.id, language)} (${mapping.stage.id})`;
		return t(mapping.stage.known ? "importExport.stageLine" : "importExport.unknownStageLine", { stage });
	}
	if (mapping.target === null) return "—";
	return skipped.has(mapping.target) ? `${mapping.target} (${t("importExport.existsMark")})` : mapping.target;
}

function shorten(text: string): string {
	const chars = [...text];
	return chars.length <= SHOWN_LINE_CHARS ? text : chars.slice(0, SHOWN_LINE_CHARS - 1).join("") + "…";
}
