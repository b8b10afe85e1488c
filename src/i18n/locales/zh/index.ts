import type { en } from "../en";
import type { Translation } from "../translation";
import { cliZh } from "./cli";
import { diagnosticsZh } from "./diagnostics";
// i18n (issue 6)
import { generalZh } from "./general";
import { languageZh } from "./language";
// issue 4: query language
import { queryZh } from "./query";
// templates (issue 5)
import { templatesZh } from "./templates";
// dashboard (issue 3)
import { dashboardZh } from "./dashboard";
// import/export (issue 7)
import { importExportZh } from "./importExport";

export const zh: Translation<typeof en> = {
	cli: cliZh,
	diagnostics: diagnosticsZh,
	// i18n (issue 6)
	general: generalZh,
	language: languageZh,
	// issue 4: query language
	query: queryZh,
	// templates (issue 5)
	templates: templatesZh,
	// dashboard (issue 3)
	dashboard: dashboardZh,
	// import/export (issue 7)
	importExport: importExportZh,
};
