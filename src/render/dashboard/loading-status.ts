import type { Translator } from "../../i18n/translator";
import { el } from "../dom";
import type { LoadProgress } from "./dashboard-types";

/** "Reading notes… 6,000 / 10,000": shown where the stages will be while the vault is first read. */
export class LoadingStatus {
	private element: HTMLElement | null = null;

	/** Shows `progress` at the end of `parent`, or removes the line when it is null. */
	sync(parent: HTMLElement, progress: LoadProgress | null, { t, language }: Translator): void {
		if (progress === null) {
			this.element?.remove();
			this.element = null;
			return;
		}
		if (this.element?.parentElement !== parent) this.element = el(parent, "div", { cls: "atlas-dashboard-loading", attr: { role: "status", "aria-live": "polite" } });
		const count = (n: number) => n.toLocaleString(language === "zh" ? "zh-CN" : "en-US");
		this.element.textContent = progress.total === null ? t("dashboard.readingNotes") : t("dashboard.readingProgress", { read: count(progress.read), total: count(progress.total) });
	}
}
