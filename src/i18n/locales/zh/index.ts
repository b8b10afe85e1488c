import type { en } from "../en";
import type { Translation } from "../translation";
import { cliZh } from "./cli";
import { diagnosticsZh } from "./diagnostics";
// issue 4: query language
import { queryZh } from "./query";
// templates (issue 5)
import { templatesZh } from "./templates";
// import/export (issue 7)
import { importExportZh } from "./importExport";

export const zh: Translation<typeof en> = {
	cli: cliZh,
	diagnostics: diagnosticsZh,
	// issue 4: query language
	query: queryZh,
	// templates (issue 5)
	templates: templatesZh,
	// import/export (issue 7)
	importExport: importExportZh,
};
