import type FrameworkAtlasPlugin from "./main";
import { registerLabelLanguage } from "./label-language-feature";
import { registerQueryBlock } from "./query-block/register-query-block";
import { registerTemplates } from "./templates/register-templates";
import { registerDashboard } from "./dashboard/register-dashboard";
import { registerImportExport } from "./import-export/register-import-export";
import { registerFixTagFormat } from "./tag-format/register-fix-tag-format";
import { registerCliHandlers } from "./obsidian-cli/register-cli-handlers";

/**
 * Each feature registers its views, commands, code blocks and events on the plugin in one
 * function (registration only; heavy work waits for onLayoutReady). Add new features here.
 */
export type FeatureRegistration = (plugin: FrameworkAtlasPlugin) => void;

export const FEATURES: readonly FeatureRegistration[] = [
	registerLabelLanguage,
	registerQueryBlock,
	registerTemplates,
	registerDashboard,
	registerImportExport,
	registerFixTagFormat,
	registerCliHandlers,
];
