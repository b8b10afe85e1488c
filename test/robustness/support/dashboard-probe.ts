/** Opens the real dashboard view on a FakeApp and reads back what it shows. */
import { VIEW_TYPE_DASHBOARD } from "../../../src/plugin/dashboard/dashboard-view-type";
import type { FakeApp } from "../../support/fake-app";
import { settle } from "./plugin-harness";

export async function openDashboard(app: FakeApp): Promise<HTMLElement> {
	const leaf = app.workspace.getRightLeaf(false);
	await leaf.setViewState({ type: VIEW_TYPE_DASHBOARD, active: true });
	const view = leaf.view as { containerEl: HTMLElement } | null;
	if (!view) throw new Error("the dashboard view type is not registered");
	document.body.appendChild(view.containerEl);
	await settle(1);
	return view.containerEl;
}

/** Paths of every card, after pressing each "show more" until all are drawn. */
export function shownCardPaths(root: HTMLElement): string[] {
	for (let guard = 0; guard < 1000; guard++) {
		const more = [...root.querySelectorAll<HTMLButtonElement>(".atlas-show-more")].find((button) => !button.hidden);
		if (!more) break;
		more.click();
	}
	return [...root.querySelectorAll<HTMLElement>(".atlas-card")].map((card) => card.dataset.path!).sort();
}

/** Paths the problems block links to, after opening it (a closed block draws only its counts). */
export async function issuePaths(root: HTMLElement): Promise<string[]> {
	const issues = root.querySelector<HTMLDetailsElement>("details.atlas-issues");
	if (issues && !issues.open) {
		const toggled = new Promise((resolve) => issues.addEventListener("toggle", resolve, { once: true }));
		issues.open = true;
		await toggled;
	}
	return [...new Set([...root.querySelectorAll<HTMLElement>(".atlas-issue [data-path]")].map((link) => link.dataset.path!))].sort();
}
