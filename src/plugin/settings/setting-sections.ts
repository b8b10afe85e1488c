import type FrameworkAtlasPlugin from "../main";
import { generalSection } from "./general-section";
import { languageSection } from "./language-section";
import { templatesSection } from "../templates/templates-settings";
import { dashboardSettingsSection } from "../dashboard/dashboard-settings";
import { exportSettingsSection } from "../import-export/register-import-export";

/** Draws one group of settings; `redraw` re-renders the whole tab (e.g. after the language changes). */
export type SettingSection = (container: HTMLElement, plugin: FrameworkAtlasPlugin, redraw: () => void) => void;

/** In display order. Features add their section here. */
export const SETTING_SECTIONS: readonly SettingSection[] = [
	languageSection,
	generalSection,
	templatesSection,
	dashboardSettingsSection,
	exportSettingsSection,
];
