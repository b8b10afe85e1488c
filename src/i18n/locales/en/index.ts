import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";
// i18n (issue 6)
import { generalEn } from "./general";
import { languageEn } from "./language";
// issue 4: query language
import { queryEn } from "./query";
// templates (issue 5)
import { templatesEn } from "./templates";
// dashboard (issue 3)
import { dashboardEn } from "./dashboard";
// import/export (issue 7)
import { importExportEn } from "./importExport";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
	// i18n (issue 6)
	general: generalEn,
	language: languageEn,
	// issue 4: query language
	query: queryEn,
	// templates (issue 5)
	templates: templatesEn,
	// dashboard (issue 3)
	dashboard: dashboardEn,
	// import/export (issue 7)
	importExport: importExportEn,
};
