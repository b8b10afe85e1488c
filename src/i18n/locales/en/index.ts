import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";
import { generalEn } from "./general";
import { languageEn } from "./language";
import { queryEn } from "./query";
import { templatesEn } from "./templates";
import { dashboardEn } from "./dashboard";
import { importExportEn } from "./importExport";
import { stagesEn } from "./stages";
import { installEn } from "./install";
import { fixTagsEn } from "./fixTags";
import { obsidianCliEn } from "./obsidianCli";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
	general: generalEn,
	language: languageEn,
	query: queryEn,
	templates: templatesEn,
	dashboard: dashboardEn,
	importExport: importExportEn,
	stages: stagesEn,
	install: installEn,
	fixTags: fixTagsEn,
	obsidianCli: obsidianCliEn,
};
