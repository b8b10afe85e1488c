import type { Diagnostic } from "../../core/model/diagnostic";
import type { IndexSnapshot } from "../../core/index/index-snapshot";
import { describeDiagnostic } from "../../i18n/describe-diagnostic";
import type { Translator } from "../../i18n/translator";
import { el } from "../dom";

export const ISSUE_LINK_CLASS = "atlas-issue-link";

/**
 * Problems (notes that could not become entries) and warnings, in a collapsible block at the bottom.
 * The <details> element persists across updates so its open state survives; only its content is redrawn.
 */
export class IssuesSection {
	readonly element: HTMLDetailsElement;
	private drawn: { problems: Diagnostic[]; warnings: Diagnostic[]; language: string } | null = null;

	constructor(parent: HTMLElement) {
		this.element = el(parent, "details", { cls: "atlas-issues" });
	}

	sync(snapshot: IndexSnapshot, translator: Translator): void {
		const { problems, warnings } = snapshot;
		if (this.drawn && sameList(this.drawn.problems, problems) && sameList(this.drawn.warnings, warnings) && this.drawn.language === translator.language) return;
		this.drawn = { problems, warnings, language: translator.language };
		const { t } = translator;
		const open = this.element.open;
		this.element.replaceChildren();
		this.element.open = open;
		this.element.hidden = problems.length + warnings.length === 0;
		this.element.classList.toggle("has-problems", problems.length > 0);
		const summary = el(this.element, "summary", { cls: "atlas-issues-summary" });
		el(summary, "span", { cls: "atlas-issues-title", text: t("dashboard.issuesHeading") });
		if (problems.length > 0) el(summary, "span", { cls: ["atlas-issues-count", "atlas-issues-count-problems"], text: t("dashboard.problems", { count: problems.length }) });
		if (warnings.length > 0) el(summary, "span", { cls: ["atlas-issues-count", "atlas-issues-count-warnings"], text: t("dashboard.warnings", { count: warnings.length }) });
		this.list(problems, "problem", t("dashboard.problemLabel"), translator);
		this.list(warnings, "warning", t("dashboard.warningLabel"), translator);
	}

	private list(items: Diagnostic[], kind: "problem" | "warning", label: string, translator: Translator): void {
		if (items.length === 0) return;
		const list = el(this.element, "ul", { cls: ["atlas-issue-list", `atlas-issue-list-${kind}`] });
		for (const item of items) {
			const row = el(list, "li", { cls: ["atlas-issue", `atlas-issue-${kind}`] });
			el(row, "span", { cls: "atlas-issue-kind", text: label });
			el(row, "a", { cls: ISSUE_LINK_CLASS, text: item.path, attr: { href: "#", "data-path": item.path } });
			el(row, "span", { cls: "atlas-issue-message", text: describeDiagnostic(item, translator) });
		}
	}
}

function sameList(a: Diagnostic[], b: Diagnostic[]): boolean {
	return a.length === b.length && a.every((d, i) => d.path === b[i]!.path && d.code === b[i]!.code && d.message === b[i]!.message);
}
