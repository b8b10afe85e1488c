import type { en } from "../en";
import type { Translation } from "../translation";
import { cliZh } from "./cli";
import { diagnosticsZh } from "./diagnostics";
// import/export (issue 7)
import { importExportZh } from "./importExport";

export const zh: Translation<typeof en> = {
	cli: cliZh,
	diagnostics: diagnosticsZh,
	// import/export (issue 7)
	importExport: importExportZh,
};
