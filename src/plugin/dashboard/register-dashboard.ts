import type { Feature } from "../atlas-context";
import { DASHBOARD_CARD_MENU } from "./card-menu";
import { DashboardView } from "./dashboard-view";
import { dashboardSettingsSection } from "./dashboard-settings";
import { DASHBOARD_ICON, VIEW_TYPE_DASHBOARD } from "./dashboard-view-type";
import { openDashboard } from "./open-dashboard";

/** The dashboard: its view (restored by Obsidian on restart), ribbon icon, command, hover source, setting and card menu. */
export const dashboardFeature: Feature = {
	id: "dashboard",
	register(plugin, context) {
		const { t } = context.language.i18n;
		plugin.registerView(VIEW_TYPE_DASHBOARD, (leaf) => new DashboardView(leaf, context));
		plugin.registerHoverLinkSource(VIEW_TYPE_DASHBOARD, { display: t("dashboard.viewTitle"), defaultMod: true });
		plugin.addRibbonIcon(DASHBOARD_ICON, t("dashboard.ribbon"), () => void openDashboard(context));
		plugin.addCommand({ id: "open-dashboard", name: t("dashboard.openCommand"), callback: () => void openDashboard(context) });
	},
	settingSection: dashboardSettingsSection,
	cardMenu: DASHBOARD_CARD_MENU,
};
