import type FrameworkAtlasPlugin from "../main";
// i18n (issue 6): the language and general sections come first.
import { generalSection } from "./general-section";
import { languageSection } from "./language-section";
// templates (issue 5)
import { templatesSection } from "../templates/templates-settings";
// dashboard (issue 3)
import { dashboardSettingsSection } from "../dashboard/dashboard-settings";
// import/export (issue 7)
import { exportSettingsSection } from "../import-export/register-import-export";

/** Draws one group of settings; `redraw` re-renders the whole tab (e.g. after the language changes). */
export type SettingSection = (container: HTMLElement, plugin: FrameworkAtlasPlugin, redraw: () => void) => void;

/** In display order. Features add their section here. */
export const SETTING_SECTIONS: readonly SettingSection[] = [
	// i18n (issue 6): label language first
	languageSection,
	generalSection,
	// templates (issue 5)
	templatesSection,
	// dashboard (issue 3)
	dashboardSettingsSection,
	// import/export (issue 7)
	exportSettingsSection,
];
