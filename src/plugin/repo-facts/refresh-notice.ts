import { Notice } from "obsidian";
import type { Translator } from "../../i18n/translator";

/** "Repository facts: 37 / 200" with a Cancel button, kept open until the run ends. */
export class RefreshNotice {
	private readonly notice: Notice;
	private readonly label: HTMLElement;

	constructor(i18n: Translator, onCancel: () => void) {
		const fragment = document.createDocumentFragment();
		this.label = fragment.appendChild(document.createElement("span"));
		const button = fragment.appendChild(document.createElement("button"));
		button.className = "atlas-facts-cancel";
		button.textContent = i18n.t("facts.refresh.cancel");
		button.addEventListener("click", (event) => {
			event.stopPropagation();
			onCancel();
		});
		this.i18n = i18n;
		this.update(0, 0);
		this.notice = new Notice(fragment, 0);
	}

	private readonly i18n: Translator;

	update(done: number, total: number): void {
		this.label.textContent = this.i18n.t("facts.refresh.progress", { done, total }) + " ";
	}

	hide(): void {
		this.notice.hide();
	}
}
