import type { ImportStructure, PlannedStage, StageChoice } from "../core/import/import-plan";
import type { StageDefinition } from "../core/stages/stage-vocabulary";
import { UNCATEGORIZED } from "../core/stages/stage-vocabulary";
import type { Translator } from "../i18n/translator";
import { el } from "./dom";

/** How many entry names a stage row lists before "and N more". */
const SHOWN_ENTRIES = 12;

export interface StructureOptions {
	/** The vault's stages (uncategorized last), for the mapping control and labels. */
	stages: readonly StageDefinition[];
	/** A stage heading's mapping was changed; `title` is null for entries outside any stage heading. */
	onChoose?: (title: string | null, choice: StageChoice) => void;
}

/**
 * What the import found before anything is written: each stage heading with a control for its
 * stage (an existing one, a new one, or Uncategorized), its categories with their item counts, and
 * its entries.
 */
export function renderImportStructure(container: HTMLElement, structure: ImportStructure, i18n: Translator, options: StructureOptions): void {
	const { t } = i18n;
	const section = el(container, "div", { cls: "atlas-import-structure" });
	el(section, "h4", { cls: "atlas-import-heading", text: t("importExport.structureHeading") });
	const level = structure.stageLevel;
	el(section, "p", { cls: "atlas-import-structure-note", text: level === null ? t("importExport.noStageHeadings") : t("importExport.stageLevel", { marks: "#".repeat(level) }) });
	const list = el(section, "ul", { cls: "atlas-import-stages" });
	for (const stage of structure.stages) stageRow(list, stage, i18n, options);
	if (structure.newStages.length > 0) {
		const names = structure.newStages.map((s) => s.labels[i18n.language]).join(i18n.language === "zh" ? "、" : ", ");
		el(section, "p", { cls: "atlas-import-new-stages", text: t("importExport.newStagesNote", { count: structure.newStages.length, stages: names }) });
	}
}

function stageRow(list: HTMLElement, stage: PlannedStage, i18n: Translator, options: StructureOptions): void {
	const { t } = i18n;
	const item = el(list, "li", { cls: ["atlas-import-stage", `atlas-import-stage-${stage.mapping.kind}`], attr: { "data-line": stage.line } });
	const row = el(item, "div", { cls: "atlas-import-stage-row" });
	const title = stage.line === null ? t("importExport.looseStage") : stage.title;
	el(row, "span", { cls: "atlas-import-stage-title", text: title });
	if (stage.line !== null) el(row, "span", { cls: "atlas-import-stage-line", text: t("importExport.lineNumber", { line: stage.line }) });
	choiceControl(row, stage, i18n, options, title);
	el(row, "span", { cls: "atlas-import-stage-count", text: t("importExport.entryCount", { count: stage.entries.length }) });
	if (stage.categories.length > 0) {
		const separator = i18n.language === "zh" ? "、" : " · ";
		const text = stage.categories.map((c) => t("importExport.categoryCount", { name: c.name, count: c.entries })).join(separator);
		el(item, "div", { cls: "atlas-import-categories", text: t("importExport.categories", { categories: text }) });
	}
	if (stage.entries.length > 0) {
		const shown = stage.entries.slice(0, SHOWN_ENTRIES).map((e) => e.name);
		const rest = stage.entries.length - shown.length;
		const names = shown.join(i18n.language === "zh" ? "、" : ", ") + (rest > 0 ? ` ${t("importExport.moreEntries", { count: rest })}` : "");
		el(item, "div", { cls: "atlas-import-stage-entries", text: names });
	}
}

function choiceControl(row: HTMLElement, stage: PlannedStage, i18n: Translator, options: StructureOptions, title: string): void {
	const { t, language } = i18n;
	const select = el(row, "select", { cls: ["dropdown", "atlas-import-stage-choice"], attr: { "aria-label": t("importExport.choiceLabel", { heading: title }) } });
	for (const definition of options.stages) {
		if (stage.line !== null && definition.id === UNCATEGORIZED) continue;
		el(select, "option", { text: definition.labels[language] || definition.id, attr: { value: `stage:${definition.id}` } });
	}
	if (stage.line !== null) {
		el(select, "option", { text: t("importExport.choiceNew", { title: stage.title }), attr: { value: "new" } });
		el(select, "option", { text: t("importExport.choiceUncategorized"), attr: { value: "uncategorized" } });
	}
	// A heading that names Uncategorized itself ("## 未分类") shows as the Uncategorized choice.
	const existing = stage.mapping.kind === "existing" && (stage.line === null || stage.mapping.stage !== UNCATEGORIZED);
	select.value = existing ? `stage:${stage.mapping.stage}` : stage.mapping.kind === "new" ? "new" : "uncategorized";
	select.addEventListener("change", () => options.onChoose?.(stage.line === null ? null : stage.title, choiceOf(select.value)));
}

function choiceOf(value: string): StageChoice {
	if (value === "new") return { kind: "new" };
	if (value === "uncategorized") return { kind: "uncategorized" };
	return { kind: "existing", stage: value.slice("stage:".length) };
}
