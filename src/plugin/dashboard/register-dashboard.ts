import type FrameworkAtlasPlugin from "../main";
import { DashboardView } from "./dashboard-view";
import { DASHBOARD_ICON, VIEW_TYPE_DASHBOARD } from "./dashboard-view-type";
import { openDashboard } from "./open-dashboard";

/** The dashboard feature: its view (restored by Obsidian on restart), ribbon icon, command and hover source. */
export function registerDashboard(plugin: FrameworkAtlasPlugin): void {
	const { t } = plugin.language.i18n;
	plugin.registerView(VIEW_TYPE_DASHBOARD, (leaf) => new DashboardView(leaf, plugin));
	plugin.registerHoverLinkSource(VIEW_TYPE_DASHBOARD, { display: t("dashboard.viewTitle"), defaultMod: true });
	plugin.addRibbonIcon(DASHBOARD_ICON, t("dashboard.ribbon"), () => void openDashboard(plugin));
	plugin.addCommand({ id: "open-dashboard", name: t("dashboard.openCommand"), callback: () => void openDashboard(plugin) });
}
