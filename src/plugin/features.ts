import type FrameworkAtlasPlugin from "./main";
// import/export (issue 7)
import { registerImportExport } from "./import-export/register-import-export";

/**
 * Each feature registers its views, commands, code blocks and events on the plugin in one
 * function (registration only; heavy work waits for onLayoutReady). Add new features here.
 */
export type FeatureRegistration = (plugin: FrameworkAtlasPlugin) => void;

export const FEATURES: readonly FeatureRegistration[] = [
	// import/export (issue 7)
	registerImportExport,
];
