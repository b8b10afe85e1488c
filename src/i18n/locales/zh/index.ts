import type { en } from "../en";
import type { Translation } from "../translation";
import { cliZh } from "./cli";
import { diagnosticsZh } from "./diagnostics";
import { generalZh } from "./general";
import { languageZh } from "./language";
import { queryZh } from "./query";
import { templatesZh } from "./templates";
import { dashboardZh } from "./dashboard";
import { importExportZh } from "./importExport";
import { stagesZh } from "./stages";
import { installZh } from "./install";
import { fixTagsZh } from "./fixTags";
import { obsidianCliZh } from "./obsidianCli";

export const zh: Translation<typeof en> = {
	cli: cliZh,
	diagnostics: diagnosticsZh,
	general: generalZh,
	language: languageZh,
	query: queryZh,
	templates: templatesZh,
	dashboard: dashboardZh,
	importExport: importExportZh,
	stages: stagesZh,
	install: installZh,
	fixTags: fixTagsZh,
	obsidianCli: obsidianCliZh,
};
