import { Modal, Notice, Setting, type TextComponent, type TFile } from "obsidian";
import { draftFromInput, type NewEntryInput } from "../../core/templates/new-entry";
import { sameTag } from "../../core/parse/tags";
import { el } from "../../render/dom";
import type { AtlasContext } from "../atlas-context";
import { createEntryNote, type CreateOutcome } from "./create-entry-note";
import { ExistsModal } from "./exists-modal";
import { ListSuggest } from "./input-suggests";

type Field = keyof NewEntryInput;

/** Asks name, stage, repo, tags and an optional first source, then creates and opens the entry. */
export class NewEntryModal extends Modal {
	private readonly form: NewEntryInput = { name: "", stage: "", repo: "", tags: "", sourceUrl: "", sourceTitle: "" };
	private readonly inputs = new Map<Field, TextComponent>();
	private errorEl: HTMLElement | null = null;
	private busy = false;

	constructor(
		private readonly context: AtlasContext,
		initial: Partial<NewEntryInput> = {},
	) {
		super(context.app);
		Object.assign(this.form, initial);
	}

	onOpen(): void {
		const { t } = this.context.language.i18n;
		this.setTitle(t("templates.newEntry.title"));
		this.field("name", t("templates.newEntry.name"), t("templates.newEntry.nameDesc"));
		const stage = this.field("stage", t("templates.newEntry.stage"), t("templates.newEntry.stageDesc"));
		this.suggest(stage, () => this.stageLabels(), false);
		this.field("repo", t("templates.newEntry.repo"), "https://github.com/…");
		const tags = this.field("tags", t("templates.newEntry.tags"), t("templates.newEntry.tagsDesc"));
		this.suggest(tags, () => this.knownTags(), true);
		this.field("sourceUrl", t("templates.newEntry.sourceUrl"), t("templates.newEntry.optional"));
		this.field("sourceTitle", t("templates.newEntry.sourceTitle"), t("templates.newEntry.optional"));
		this.errorEl = el(this.contentEl, "p", { cls: "atlas-form-error" });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText(t("templates.newEntry.cancel")).onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(t("templates.newEntry.create"))
					.setCta()
					.onClick(() => void this.submit()),
			);
	}

	onClose(): void {
		this.contentEl.empty?.();
		this.inputs.clear();
	}

	private field(key: Field, name: string, desc: string): TextComponent {
		let component!: TextComponent;
		new Setting(this.contentEl)
			.setName(name)
			.setDesc(desc)
			.addText((text) => {
				component = text;
				text.setValue(this.form[key]).onChange((value) => {
					this.form[key] = value;
				});
			});
		this.inputs.set(key, component);
		return component;
	}

	private suggest(component: TextComponent, options: () => string[], list: boolean): void {
		const key = [...this.inputs.entries()].find(([, c]) => c === component)?.[0];
		if (key === undefined) return;
		new ListSuggest(this.app, component.inputEl, options, (value) => (this.form[key] = value), list);
	}

	/** The stage labels in the active language, in pipeline order. */
	private stageLabels(): string[] {
		const language = this.context.language.language;
		return this.context.index.parseOptions().vocabulary.stages.map((s) => s.labels[language]);
	}

	/** Tags already used by entries, most used first, without the entry tag itself. */
	private knownTags(): string[] {
		const counts = new Map<string, number>();
		const { entryTag } = this.context.settings.current();
		for (const entry of this.context.index.entries())
			for (const tag of entry.tags) if (!sameTag(tag, entryTag)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
		return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
	}

	/** Validates, creates (never replacing anything) and opens the note. */
	async submit(): Promise<CreateOutcome | null> {
		if (this.busy) return null;
		const { t } = this.context.language.i18n;
		const vocabulary = this.context.index.parseOptions().vocabulary;
		const checked = draftFromInput(this.form, vocabulary);
		if ("problem" in checked) {
			this.showError(t(`templates.newEntry.${checked.problem}`));
			return null;
		}
		this.busy = true;
		try {
			const outcome = await createEntryNote(this.context, checked.draft, this.context.now());
			await this.handle(outcome, checked.draft.stage);
			return outcome;
		} finally {
			this.busy = false;
		}
	}

	private async handle(outcome: CreateOutcome, stage: string): Promise<void> {
		if (outcome.kind === "failed") {
			this.showError(outcome.message);
			new Notice(outcome.message);
			return;
		}
		this.close();
		if (outcome.kind === "created") {
			await announceCreated(this.context, outcome.file, stage);
			return;
		}
		const checked = draftFromInput(this.form, this.context.index.parseOptions().vocabulary);
		new ExistsModal(this.app, this.context.language.i18n, outcome.path, outcome.numberedPath, async (choice) => {
			if (choice === "open") {
				const existing = this.app.vault.getFileByPath(outcome.path);
				if (existing) await this.app.workspace.getLeaf(false).openFile(existing);
			} else if (choice === "numbered" && "draft" in checked) {
				const numbered = await createEntryNote(this.context, checked.draft, this.context.now(), true);
				if (numbered.kind === "created") await announceCreated(this.context, numbered.file, stage);
				else if (numbered.kind === "failed") new Notice(numbered.message);
			}
		}).open();
	}

	private showError(message: string): void {
		if (this.errorEl) this.errorEl.textContent = message;
	}
}

async function announceCreated(context: AtlasContext, file: TFile, stage: string): Promise<void> {
	const { t } = context.language.i18n;
	if (stage !== "" && context.index.parseOptions().vocabulary.get(stage) === undefined) new Notice(t("templates.newEntry.unknownStage", { stage }));
	new Notice(t("templates.notices.created", { path: file.path }));
	await context.app.workspace.getLeaf(false).openFile(file);
}
