import type { AtlasContext } from "../atlas-context";
import { VIEW_TYPE_DASHBOARD } from "./dashboard-view-type";

/**
 * Reveals the dashboard if a leaf already holds it (even a deferred one: we never touch its view),
 * otherwise opens it in the right sidebar or a new tab, per the setting.
 */
export async function openDashboard(context: Pick<AtlasContext, "app" | "settings">): Promise<void> {
	const { workspace } = context.app;
	const existing = workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)[0];
	if (existing) {
		await workspace.revealLeaf(existing);
		return;
	}
	const leaf = context.settings.current().dashboardLocation === "tab" ? workspace.getLeaf("tab") : workspace.getRightLeaf(false);
	if (!leaf) return;
	await leaf.setViewState({ type: VIEW_TYPE_DASHBOARD, active: true });
	await workspace.revealLeaf(leaf);
}
