import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";
// issue 4: query language
import { queryEn } from "./query";
// templates (issue 5)
import { templatesEn } from "./templates";
// import/export (issue 7)
import { importExportEn } from "./importExport";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
	// issue 4: query language
	query: queryEn,
	// templates (issue 5)
	templates: templatesEn,
	// import/export (issue 7)
	importExport: importExportEn,
};
