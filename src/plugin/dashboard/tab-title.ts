import type { WorkspaceLeaf } from "obsidian";

type LeafWithHeader = WorkspaceLeaf & { updateHeader?: () => void };

/**
 * Makes the tab header show the view's current getDisplayText(). Obsidian reads it only when the view
 * opens, or when the leaf's updateHeader() runs; obsidian.d.ts does not declare that method, so it is
 * called only where it exists (elsewhere the title follows the next time the dashboard opens).
 */
export function refreshTabTitle(leaf: WorkspaceLeaf): void {
	const { updateHeader } = leaf as LeafWithHeader;
	if (typeof updateHeader === "function") updateHeader.call(leaf);
}
