import { Setting } from "obsidian";
import { DEFAULT_STAGE_LIST, validateStageList } from "../../core/stages/stage-list";
import { addStage, moveStage, removeStage, renameStage, setAliases } from "../../core/stages/stage-list-edits";
import type { Language, StageDefinition } from "../../core/stages/stage-vocabulary";
import { describeStageProblems } from "../../i18n/describe-stage-problems";
import { el } from "../../render/dom";
import type { AtlasContext, Feature, SettingSection } from "../atlas-context";

const DRAG_TYPE = "application/x-atlas-stage-index";

/**
 * "Stages": add, rename either label, edit aliases, reorder (buttons and drag), remove, reset.
 * Every change is validated as a whole list before it is saved; a refused one leaves the saved
 * list as it was and says why. The index follows the saved list (main.ts), so the dashboard
 * regroups at once.
 */
export const stagesSection: SettingSection = (container, context, redraw) => {
	const { t } = context.language.i18n;
	new Setting(container).setName(t("stages.sectionHeading")).setDesc(t("stages.sectionDesc")).setHeading();
	const status = el(container, "div", { cls: "atlas-stages-status", attr: { role: "status" } });
	const keptList = context.settings.kept().stages;
	if (keptList !== undefined) {
		const refused = validateStageList(keptList);
		if (!refused.ok) setStatus(status, t("stages.savedListKept", { problems: describeStageProblems(refused.problems, context.language.i18n) }));
	}
	const save = async (next: StageDefinition[], thenRedraw: boolean): Promise<boolean> => {
		const result = validateStageList(next);
		if (!result.ok) {
			setStatus(status, t("stages.notSaved", { problems: describeStageProblems(result.problems, context.language.i18n) }));
			return false;
		}
		setStatus(status, "");
		await context.settings.update({ stages: result.stages });
		if (thenRedraw) redraw();
		return true;
	};
	const list = el(container, "div", { cls: "atlas-stages-list" });
	const stages = context.settings.current().stages;
	stages.forEach((stage, index) => stageRow(list, context, stage, index, stages.length, save));
	addRow(container, context, save);
	new Setting(container)
		.setName(t("stages.resetName"))
		.setDesc(t("stages.resetDesc"))
		.addButton((button) => button.setButtonText(t("stages.resetButton")).setWarning().onClick(() => void save(DEFAULT_STAGE_LIST.map(copyStage), true)));
};

type Save = (next: StageDefinition[], thenRedraw: boolean) => Promise<boolean>;

function stageRow(list: HTMLElement, context: AtlasContext, stage: StageDefinition, index: number, count: number, save: Save): void {
	const { t, language } = context.language.i18n;
	const current = () => context.settings.current().stages;
	const setting = new Setting(list).setName(stage.labels[language] || stage.id).setDesc(t("stages.idDesc", { id: stage.id })).setClass("atlas-stage-row");
	setting.settingEl.setAttribute("data-stage", stage.id);
	dragHandle(setting, index, current, save, t("stages.dragHandle"));
	for (const labelLanguage of ["zh", "en"] as const satisfies readonly Language[]) {
		setting.addText((text) => {
			text.setPlaceholder(t(labelLanguage === "zh" ? "stages.labelZhPlaceholder" : "stages.labelEnPlaceholder")).setValue(stage.labels[labelLanguage]);
			text.inputEl.setAttribute("data-label", labelLanguage);
			// Saved when the field is left (or Enter): the index re-reads every entry on a stage change.
			text.inputEl.addEventListener("change", () => void save(renameStage(current(), stage.id, labelLanguage, text.inputEl.value), false));
		});
	}
	setting.addText((text) => {
		text.setPlaceholder(t("stages.aliasesPlaceholder")).setValue(stage.aliases.join(", "));
		text.inputEl.setAttribute("data-aliases", "");
		text.inputEl.addEventListener("change", () => void save(setAliases(current(), stage.id, text.inputEl.value), false));
	});
	setting.addButton((button) => {
		button.setIcon("arrow-up").setTooltip(t("stages.moveUp")).onClick(() => void save(moveStage(current(), index, index - 1), true));
		button.buttonEl.setAttribute("aria-label", t("stages.moveUp"));
		button.buttonEl.toggleAttribute("disabled", index === 0);
	});
	setting.addButton((button) => {
		button.setIcon("arrow-down").setTooltip(t("stages.moveDown")).onClick(() => void save(moveStage(current(), index, index + 1), true));
		button.buttonEl.setAttribute("aria-label", t("stages.moveDown"));
		button.buttonEl.toggleAttribute("disabled", index === count - 1);
	});
	setting.addButton((button) => {
		button.setIcon("trash").setTooltip(t("stages.remove")).onClick(() => void save(removeStage(current(), stage.id), true));
		button.buttonEl.setAttribute("aria-label", t("stages.remove"));
	});
}

/** The whole row can be dragged onto another row; the buttons do the same for keyboard users. */
function dragHandle(setting: Setting, index: number, current: () => readonly StageDefinition[], save: Save, label: string): void {
	const row = setting.settingEl;
	row.draggable = true;
	row.setAttribute("aria-roledescription", label);
	row.addEventListener("dragstart", (event) => {
		event.dataTransfer?.setData(DRAG_TYPE, String(index));
		row.classList.add("is-dragging");
	});
	row.addEventListener("dragend", () => row.classList.remove("is-dragging"));
	row.addEventListener("dragover", (event) => {
		if (event.dataTransfer?.types.includes(DRAG_TYPE)) event.preventDefault();
	});
	row.addEventListener("drop", (event) => {
		const from = Number(event.dataTransfer?.getData(DRAG_TYPE));
		if (!Number.isInteger(from) || from === index) return;
		event.preventDefault();
		void save(moveStage(current(), from, index), true);
	});
}

function addRow(container: HTMLElement, context: AtlasContext, save: Save): void {
	const { t, language } = context.language.i18n;
	const fields: HTMLInputElement[] = [];
	new Setting(container)
		.setName(t("stages.addName"))
		.setDesc(t("stages.addDesc"))
		.setClass("atlas-stage-add")
		.addText((text) => void fields.push(text.setPlaceholder(t("stages.addLabelPlaceholder")).inputEl))
		.addText((text) => void fields.push(text.setPlaceholder(t("stages.addIdPlaceholder")).inputEl))
		.addButton((button) =>
			button
				.setButtonText(t("stages.addButton"))
				.setCta()
				.onClick(() => void save(addStage(context.settings.current().stages, fields[0]!.value, language, fields[1]!.value), true)),
		);
}

function setStatus(status: HTMLElement, text: string): void {
	status.textContent = text;
}

function copyStage(stage: StageDefinition): StageDefinition {
	return { id: stage.id, labels: { ...stage.labels }, aliases: [...stage.aliases] };
}

export const stagesFeature: Feature = { id: "stages", settingSection: stagesSection };
