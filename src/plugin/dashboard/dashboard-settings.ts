import { Setting } from "obsidian";
import type { SettingSection } from "../settings/setting-sections";
import type { DashboardLocation } from "../settings/atlas-settings";

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
};
