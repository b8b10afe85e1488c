import { Setting } from "obsidian";
import { isValidSetting } from "../../core/settings/setting-validators";
import type { SettingSection } from "../atlas-context";

/** Where the dashboard opens. */
export const dashboardSettingsSection: SettingSection = (container, context) => {
	const { t } = context.language.i18n;
	new Setting(container).setName(t("dashboard.settingsHeading")).setHeading();
	new Setting(container)
		.setName(t("dashboard.locationName"))
		.setDesc(t("dashboard.locationDesc"))
		.addDropdown((dropdown) =>
			dropdown
				.addOptions({ right: t("dashboard.locationRight"), tab: t("dashboard.locationTab") })
				.setValue(context.settings.current().dashboardLocation)
				.onChange(async (value) => {
					if (isValidSetting("dashboardLocation", value)) await context.settings.update({ dashboardLocation: value });
				}),
		);
	new Setting(container)
		.setName(t("dashboard.activityName"))
		.setDesc(t("dashboard.activityDesc"))
		.addToggle((toggle) =>
			toggle.setValue(context.settings.current().showActivityStrip).onChange(async (value) => {
				await context.settings.update({ showActivityStrip: value });
			}),
		);
};
