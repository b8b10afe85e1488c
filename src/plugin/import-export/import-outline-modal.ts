import { Modal, Notice, Setting, normalizePath, type TFile } from "obsidian";
import { applyImportPlan } from "../../core/import/apply-plan";
import type { ImportPlan, StageChoice } from "../../core/import/import-plan";
import { planImport } from "../../core/import/plan-import";
import { stageChoiceKey } from "../../core/import/stage-mapping";
import { vocabularyOf } from "../../core/stages/stage-list";
import { renderImportPreview } from "../../render/import-preview";
import { clear, el } from "../../render/dom";
import type { AtlasContext } from "../atlas-context";
import { pathExists, vaultNoteCreator } from "../vault-note-creator";

/**
 * Preview of an outline import (the stages found, each with a control for its stage; notes to
 * create or skip; where each line goes), a target folder, and Import. New stages are added to the
 * stage list before any note is written.
 */
export class ImportOutlineModal extends Modal {
	private folder: string;
	/** The user's picks per stage heading, and for entries outside any stage heading. */
	private readonly choices = new Map<string, StageChoice>();
	private defaultStage: string | undefined;
	private outline = "";
	private plan: ImportPlan | null = null;
	private previewEl: HTMLElement | null = null;
	private importing = false;
	private markReady!: () => void;
	/** Resolves when the outline has been read and the first preview drawn (tests wait on it). */
	readonly ready = new Promise<void>((resolve) => {
		this.markReady = resolve;
	});

	constructor(
		private readonly context: AtlasContext,
		private readonly file: TFile,
	) {
		super(context.app);
		this.folder = context.settings.current().entriesFolder;
	}

	onOpen(): void {
		const { t } = this.context.language.i18n;
		this.setTitle(t("importExport.importTitle", { outline: this.file.basename }));
		new Setting(this.contentEl)
			.setName(t("importExport.folderName"))
			.setDesc(t("importExport.folderDesc"))
			.addText((text) =>
				text.setValue(this.folder).onChange((value) => this.changeFolder(value)),
			);
		this.previewEl = el(this.contentEl, "div", { cls: "atlas-import-preview" });
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText(t("importExport.importButton")).setCta().onClick(() => void this.runImport()))
			.addButton((button) => button.setButtonText(t("importExport.cancelButton")).onClick(() => this.close()));
		void this.load();
	}

	onClose(): void {
		clear(this.contentEl);
	}

	private async load(): Promise<void> {
		this.outline = await this.app.vault.cachedRead(this.file);
		this.replan();
		this.markReady();
	}

	/** The target folder field changed: which notes exist there decides what is created or skipped. */
	changeFolder(value: string): void {
		this.folder = value;
		this.replan();
	}

	/** Public for tests: what a stage heading's control does (`title` null: entries outside any stage heading). */
	choose(title: string | null, choice: StageChoice): void {
		if (title === null) this.defaultStage = choice.kind === "existing" ? choice.stage : undefined;
		else this.choices.set(stageChoiceKey(title), choice);
		this.replan();
	}

	private replan(): void {
		const { i18n } = this.context.language;
		const folder = normalizePath(this.folder.trim() === "" ? "/" : this.folder);
		const settings = this.context.settings.current();
		const vocabulary = vocabularyOf(settings.stages);
		this.plan = planImport(this.outline, {
			vocabulary,
			entryTag: settings.entryTag,
			folder: folder === "/" ? "" : folder,
			preambleName: i18n.t("importExport.preambleName", { outline: this.file.basename }),
			exists: (path) => pathExists(this.app, path),
			choices: this.choices,
			defaultStage: this.defaultStage,
			newStages: true,
		});
		if (this.previewEl) renderImportPreview(this.previewEl, this.plan, i18n, { stages: vocabulary.stages, onChoose: (title, choice) => this.choose(title, choice) });
	}

	/** Public for tests: what the Import button does. */
	async runImport(): Promise<void> {
		if (this.importing || this.plan === null) return;
		this.importing = true;
		const { t } = this.context.language.i18n;
		this.replan();
		const added = this.plan.structure.newStages;
		if (added.length > 0) {
			// Before any note, so no imported note names a stage the vault does not know yet.
			const saved = await this.context.settings.update({ stages: [...this.context.settings.current().stages, ...added] });
			if (!saved.ok) {
				new Notice(t("importExport.stagesNotAdded"));
				this.importing = false;
				return;
			}
		}
		const result = await applyImportPlan(this.plan, vaultNoteCreator(this.app));
		for (const failure of result.failed) new Notice(t("importExport.importFailed", failure));
		new Notice(t("importExport.importDone", { created: result.created.length, skipped: result.skipped.length, folder: this.folder || "/" }));
		if (added.length > 0) new Notice(t("importExport.stagesAdded", { count: added.length, stages: added.map((s) => s.labels[this.context.language.i18n.language]).join(", ") }));
		this.close();
	}
}
