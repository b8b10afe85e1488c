import type { Diagnostic } from "../../core/model/diagnostic";
import type { IndexSnapshot } from "../../core/index/index-snapshot";
import { describeDiagnostic } from "../../i18n/describe-diagnostic";
import type { Translator } from "../../i18n/translator";
import { el } from "../dom";
import { factsView } from "../../core/view/facts-view";
import type { FactsDisplay } from "../facts-badges";

/** A repository an entry names that was not found or moved, for the problems section. */
interface RepoIssue {
	path: string;
	message: string;
}

export const ISSUE_LINK_CLASS = "atlas-issue-link";

/**
 * Problems (notes that could not become entries) and warnings, in a collapsible block at the bottom.
 * The <details> element persists across updates so its open state survives; only its content is redrawn.
 * While the block is closed only its summary (the counts) is drawn: a large vault can have hundreds of
 * warnings, and their rows, each a translated message, would cost every paint a noticeable part of its time.
 */
export class IssuesSection {
	readonly element: HTMLDetailsElement;
	private drawn: { problems: Diagnostic[]; warnings: Diagnostic[]; language: string; repos: string } | null = null;
	/** Draws the rows of the last sync; kept until the block is open. */
	private pendingRows: (() => void) | null = null;

	constructor(parent: HTMLElement) {
		this.element = el(parent, "details", { cls: "atlas-issues" });
		// The listener lives and goes with the element, which only this section holds.
		this.element.addEventListener("toggle", () => this.drawRowsIfOpen());
	}

	sync(snapshot: IndexSnapshot, translator: Translator, facts?: FactsDisplay): void {
		const { problems, warnings } = snapshot;
		const repos = facts === undefined ? [] : repoIssues(snapshot, facts, translator);
		const reposKey = repos.map((r) => `${r.path}\u0000${r.message}`).join("\u0001");
		if (this.drawn && sameList(this.drawn.problems, problems) && sameList(this.drawn.warnings, warnings) && this.drawn.language === translator.language && this.drawn.repos === reposKey) return;
		this.drawn = { problems, warnings, language: translator.language, repos: reposKey };
		const { t } = translator;
		const open = this.element.open;
		this.element.replaceChildren();
		this.element.open = open;
		this.element.hidden = problems.length + warnings.length + repos.length === 0;
		this.element.classList.toggle("has-problems", problems.length > 0);
		const summary = el(this.element, "summary", { cls: "atlas-issues-summary" });
		el(summary, "span", { cls: "atlas-issues-title", text: t("dashboard.issuesHeading") });
		if (problems.length > 0) el(summary, "span", { cls: ["atlas-issues-count", "atlas-issues-count-problems"], text: t("dashboard.problems", { count: problems.length }) });
		if (warnings.length > 0) el(summary, "span", { cls: ["atlas-issues-count", "atlas-issues-count-warnings"], text: t("dashboard.warnings", { count: warnings.length }) });
		if (repos.length > 0) el(summary, "span", { cls: ["atlas-issues-count", "atlas-issues-count-repos"], text: t("facts.problems.count", { count: repos.length }) });
		this.pendingRows = () => {
			this.list(problems, "problem", t("dashboard.problemLabel"), translator);
			this.list(warnings, "warning", t("dashboard.warningLabel"), translator);
			this.repoList(repos, t("facts.problems.heading"));
		};
		this.drawRowsIfOpen();
	}

	private drawRowsIfOpen(): void {
		const draw = this.pendingRows;
		if (!this.element.open || draw === null) return;
		this.pendingRows = null;
		draw();
	}

	private repoList(items: RepoIssue[], label: string): void {
		if (items.length === 0) return;
		const list = el(this.element, "ul", { cls: ["atlas-issue-list", "atlas-issue-list-repo"] });
		for (const item of items) {
			const row = el(list, "li", { cls: ["atlas-issue", "atlas-issue-repo"] });
			el(row, "span", { cls: "atlas-issue-kind", text: label });
			el(row, "a", { cls: ISSUE_LINK_CLASS, text: item.path, attr: { href: "#", "data-path": item.path } });
			el(row, "span", { cls: "atlas-issue-message", text: item.message });
		}
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

/** Entries whose repository was not found or has moved, in index order. */
function repoIssues(snapshot: IndexSnapshot, facts: FactsDisplay, { t }: Translator): RepoIssue[] {
	const issues: RepoIssue[] = [];
	for (const group of snapshot.stages) {
		for (const { entry } of group.entries) {
			const view = factsView(entry, facts.lookup);
			if (view === null || entry.repo === null) continue;
			if (view.notFound) issues.push({ path: entry.path, message: t("facts.problems.notFound", { repo: entry.repo }) });
			else if (view.movedTo !== null) issues.push({ path: entry.path, message: t("facts.problems.moved", { repo: entry.repo, to: view.movedTo }) });
		}
	}
	return issues;
}
