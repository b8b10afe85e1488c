import { Notice } from "obsidian";
import type { Translator } from "../../i18n/translator";
import { clear, el } from "../../render/dom";

/** "Repository facts: 37 / 200" with a Cancel button, kept open until the run ends. */
export class RefreshNotice {
	private readonly notice: Notice;
	private readonly label: HTMLElement;

	constructor(
		private readonly i18n: Translator,
		onCancel: () => void,
	) {
		this.notice = new Notice(i18n.t("facts.refresh.progress", { done: 0, total: 0 }), 0);
		const message = this.notice.messageEl;
		clear(message);
		this.label = el(message, "span", { cls: "atlas-facts-progress" });
		const button = el(message, "button", { cls: "atlas-facts-cancel", text: i18n.t("facts.refresh.cancel") });
		button.addEventListener("click", (event) => {
			// A click on a notice hides it; the run's end hides it instead.
			event.stopPropagation();
			onCancel();
		});
		this.update(0, 0);
	}

	update(done: number, total: number): void {
		this.label.textContent = this.i18n.t("facts.refresh.progress", { done, total });
	}

	hide(): void {
		this.notice.hide();
	}
}
