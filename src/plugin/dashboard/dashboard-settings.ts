import { Setting } from "obsidian";
import type { SettingSection } from "../settings/setting-sections";
import type { DashboardLocation } from "../settings/atlas-settings";
import { DashboardView } from "./dashboard-view";
import { VIEW_TYPE_DASHBOARD } from "./dashboard-view-type";

/** Where the dashboard opens. */
export const dashboardSettingsSection: SettingSection = (container, plugin) => {
	const { t } = plugin.language.i18n;
	new Setting(container).setName(t("dashboard.settingsHeading")).setHeading();
	new Setting(container)
		.setName(t("dashboard.locationName"))
		.setDesc(t("dashboard.locationDesc"))
		.addDropdown((dropdown) =>
			dropdown
				.addOptions({ right: t("dashboard.locationRight"), tab: t("dashboard.locationTab") })
				.setValue(plugin.settings.dashboardLocation)
				.onChange(async (value) => {
					plugin.settings.dashboardLocation = value as DashboardLocation;
					await plugin.saveSettings();
				}),
		);
	new Setting(container)
		.setName(t("dashboard.activityName"))
		.setDesc(t("dashboard.activityDesc"))
		.addToggle((toggle) =>
			toggle.setValue(plugin.settings.showActivityStrip).onChange(async (value) => {
				plugin.settings.showActivityStrip = value;
				await plugin.saveSettings();
				for (const leaf of plugin.app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)) if (leaf.view instanceof DashboardView) leaf.view.repaint();
			}),
		);
};
