import { Modal, Setting, type App } from "obsidian";
import type { Translator } from "../../i18n/translator";
import { el } from "../../render/dom";

export type ExistsChoice = "open" | "numbered" | "cancel";

/** "A note with this name exists": open it or create "<name> 2". Closing the modal does neither. */
export class ExistsModal extends Modal {
	private chosen: ExistsChoice = "cancel";

	constructor(
		app: App,
		private readonly i18n: Translator,
		private readonly path: string,
		private readonly numberedPath: string,
		private readonly onChoice: (choice: ExistsChoice) => void | Promise<void>,
	) {
		super(app);
	}

	onOpen(): void {
		const { t } = this.i18n;
		this.setTitle(t("templates.exists.title"));
		el(this.contentEl, "p", { text: t("templates.exists.message", { path: this.path }) });
		const numberedName = this.numberedPath.slice(this.numberedPath.lastIndexOf("/") + 1).replace(/\.md$/i, "");
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText(t("templates.exists.open")).onClick(() => this.choose("open")))
			.addButton((b) =>
				b
					.setButtonText(t("templates.exists.createNumbered", { name: numberedName }))
					.setCta()
					.onClick(() => this.choose("numbered")),
			);
	}

	private choose(choice: ExistsChoice): void {
		this.chosen = choice;
		this.close();
	}

	onClose(): void {
		this.contentEl.empty?.();
		void this.onChoice(this.chosen);
	}
}
