import { Modal, Notice, Setting, TFile } from "obsidian";
import { fixTagFormat, LEGACY_TAG_CODES, type TagFormatFix } from "../../core/notes/fix-tag-format";
import { clear, el } from "../../render/dom";
import type { AtlasContext } from "../atlas-context";

interface Target {
	file: TFile;
	fix: TagFormatFix;
}

/** The notes whose tags Obsidian cannot read (the active note first), each with a preview and its own button. */
export class FixTagFormatModal extends Modal {
	private targets: Target[] = [];
	private markReady!: () => void;
	/** Resolves when the previews are drawn (tests wait on it). */
	readonly ready = new Promise<void>((resolve) => {
		this.markReady = resolve;
	});

	constructor(private readonly context: AtlasContext) {
		super(context.app);
	}

	onOpen(): void {
		this.setTitle(this.context.language.i18n.t("fixTags.command"));
		void this.load();
	}

	onClose(): void {
		clear(this.contentEl);
	}

	private async load(): Promise<void> {
		this.targets = await findTargets(this.context);
		this.draw();
		this.markReady();
	}

	private draw(): void {
		const { t } = this.context.language.i18n;
		clear(this.contentEl);
		if (this.targets.length === 0) {
			el(this.contentEl, "p", { text: t("fixTags.nothing") });
			return;
		}
		el(this.contentEl, "p", { cls: "setting-item-description", text: t("fixTags.modalDesc") });
		const list = el(this.contentEl, "div", { cls: "atlas-fix-tags-list" });
		for (const target of this.targets) {
			const row = el(list, "div", { cls: "atlas-fix-tags-note" });
			new Setting(row).setName(target.file.path).addButton((button) => button.setButtonText(t("fixTags.fixOne")).onClick(() => void this.apply([target])));
			const preview = el(row, "pre", { cls: "atlas-fix-tags-preview" });
			for (const line of target.fix.before) el(preview, "div", { cls: "atlas-fix-tags-before", text: `- ${line}` });
			for (const line of target.fix.after) el(preview, "div", { cls: "atlas-fix-tags-after", text: `+ ${line}` });
		}
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText(t("fixTags.fixAll", { count: this.targets.length })).setCta().onClick(() => void this.apply(this.targets)))
			.addButton((button) => button.setButtonText(t("fixTags.cancel")).onClick(() => this.close()));
	}

	/** vault.process re-runs the fix on the note's latest text, so an edit made since the preview is kept. */
	private async apply(targets: readonly Target[]): Promise<void> {
		let fixed = 0;
		for (const { file } of targets) {
			await this.app.vault.process(file, (text) => {
				const result = fixTagFormat(text);
				if (result.kind !== "fixed") return text;
				fixed++;
				return result.fix.text;
			});
		}
		new Notice(this.context.language.i18n.t("fixTags.notice", { count: fixed }));
		const done = new Set(targets);
		this.targets = this.targets.filter((target) => !done.has(target));
		if (this.targets.length === 0) this.close();
		else this.draw();
	}
}

/** Entries the index warns about, that the fix can rewrite; the active note first. */
async function findTargets(context: AtlasContext): Promise<Target[]> {
	const { app } = context;
	const paths = [...new Set(context.index.snapshot().warnings.filter((w) => LEGACY_TAG_CODES.has(w.code)).map((w) => w.path))].sort();
	const active = app.workspace.getActiveFile()?.path;
	if (active !== undefined && paths.includes(active)) {
		paths.splice(paths.indexOf(active), 1);
		paths.unshift(active);
	}
	const targets: Target[] = [];
	for (const path of paths) {
		const file = app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) continue;
		const result = fixTagFormat(await app.vault.read(file));
		if (result.kind === "fixed") targets.push({ file, fix: result.fix });
	}
	return targets;
}
