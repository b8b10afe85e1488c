import type { ImportPlan, LineMapping, PlannedNote } from "../core/import/import-plan";
import type { Translator } from "../i18n/translator";
import { clear, el } from "./dom";
import { renderImportStructure, type StructureOptions } from "./import-structure";

const KIND_KEYS: Record<PlannedNote["kind"], string> = {
	entry: "importExport.kindEntry",
	"stage-overview": "importExport.kindStageOverview",
	preamble: "importExport.kindPreamble",
};

/**
 * The import preview: the stages, categories and entries found (with a control per stage heading),
 * notes to create, notes skipped because they exist, and where each outline line goes.
 */
export function renderImportPreview(container: HTMLElement, plan: ImportPlan, i18n: Translator, options: StructureOptions): void {
	const { t } = i18n;
	const { language } = i18n;
	const stageLabel = (id: string) => options.stages.find((s) => s.id === id)?.labels[language] ?? plan.structure.newStages.find((s) => s.id === id)?.labels[language] ?? id;
	clear(container);
	if (plan.notes.length === 0) {
		el(container, "p", { cls: "atlas-import-empty", text: t("importExport.nothingToImport") });
		return;
	}
	renderImportStructure(container, plan.structure, i18n, options);
	const create = plan.notes.filter((n) => n.status === "create");
	const skip = plan.notes.filter((n) => n.status === "skip");
	noteList(container, t("importExport.toCreate", { count: create.length }), create, "atlas-import-create", i18n);
	if (skip.length > 0) noteList(container, t("importExport.toSkip", { count: skip.length }), skip, "atlas-import-skip", i18n);
	el(container, "h4", { cls: "atlas-import-heading", text: t("importExport.lineMapHeading") });
	const skipped = new Set(skip.map((n) => n.path));
	const list = el(container, "ol", { cls: "atlas-import-lines" });
	for (const mapping of plan.lines) if (mapping.role !== "blank") lineRow(list, mapping, skipped, i18n, stageLabel);
}

function noteList(container: HTMLElement, heading: string, notes: readonly PlannedNote[], cls: string, { t }: Translator): void {
	el(container, "h4", { cls: "atlas-import-heading", text: heading });
	const list = el(container, "ul", { cls: ["atlas-import-notes", cls] });
	for (const note of notes) {
		const item = el(list, "li", { cls: "atlas-import-note" });
		el(item, "span", { cls: "atlas-import-path", text: note.path });
		el(item, "span", { cls: "atlas-import-kind", text: t(KIND_KEYS[note.kind]) });
	}
}

function lineRow(list: HTMLElement, mapping: LineMapping, skipped: Set<string>, { t }: Translator, stageLabel: (id: string) => string): void {
	const row = el(list, "li", { cls: ["atlas-import-line", `atlas-import-${mapping.role}`], attr: { "data-line": mapping.line } });
	el(row, "span", { cls: "atlas-import-number", text: String(mapping.line) });
	el(row, "span", { cls: "atlas-import-text", text: mapping.text });
	const target = mapping.stage
		? t(mapping.stage.known ? "importExport.stageLine" : "importExport.unknownStageLine", { stage: stageLabel(mapping.stage.id) })
		: (mapping.target ?? "—");
	const isSkipped = mapping.target !== null && skipped.has(mapping.target);
	el(row, "span", { cls: ["atlas-import-target", ...(isSkipped ? ["atlas-import-target-skipped"] : [])], text: isSkipped ? `${target} (${t("importExport.existsMark")})` : target });
}
