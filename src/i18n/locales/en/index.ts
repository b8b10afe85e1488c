import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";
// import/export (issue 7)
import { importExportEn } from "./importExport";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
	// import/export (issue 7)
	importExport: importExportEn,
};
