import type FrameworkAtlasPlugin from "./main";
// i18n (issue 6)
import { registerLabelLanguage } from "./label-language-feature";
// issue 4: query language
import { registerQueryBlock } from "./query-block/register-query-block";
// templates (issue 5)
import { registerTemplates } from "./templates/register-templates";
// dashboard (issue 3)
import { registerDashboard } from "./dashboard/register-dashboard";
// import/export (issue 7)
import { registerImportExport } from "./import-export/register-import-export";

/**
 * Each feature registers its views, commands, code blocks and events on the plugin in one
 * function (registration only; heavy work waits for onLayoutReady). Add new features here.
 */
export type FeatureRegistration = (plugin: FrameworkAtlasPlugin) => void;

export const FEATURES: readonly FeatureRegistration[] = [
	// i18n (issue 6)
	registerLabelLanguage,
	// issue 4: query language
	registerQueryBlock,
	// templates (issue 5)
	registerTemplates,
	// dashboard (issue 3)
	registerDashboard,
	// import/export (issue 7)
	registerImportExport,
];
