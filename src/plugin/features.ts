import type { Feature } from "./atlas-context";
import { labelLanguageFeature } from "./label-language-feature";
import { generalFeature } from "./settings/general-section";
import { queryBlockFeature } from "./query-block/register-query-block";
import { templatesFeature } from "./templates/register-templates";
import { dashboardFeature } from "./dashboard/register-dashboard";
import { importExportFeature } from "./import-export/register-import-export";
import { stagesFeature } from "./stages/stages-section";
import { fixTagFormatFeature } from "./tag-format/register-fix-tag-format";
import { obsidianCliFeature } from "./obsidian-cli/register-cli-handlers";

/**
 * Every feature, in the order they register and their settings and card-menu items appear.
 * Only main.ts reads this list; features reach each other through the AtlasContext.
 */
export const FEATURES: readonly Feature[] = [
	labelLanguageFeature,
	generalFeature,
	stagesFeature,
	queryBlockFeature,
	templatesFeature,
	dashboardFeature,
	importExportFeature,
	fixTagFormatFeature,
	obsidianCliFeature,
];
