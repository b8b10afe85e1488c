import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";
// issue 4: query language
import { queryEn } from "./query";
// templates (issue 5)
import { templatesEn } from "./templates";
// dashboard (issue 3)
import { dashboardEn } from "./dashboard";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
	// issue 4: query language
	query: queryEn,
	// templates (issue 5)
	templates: templatesEn,
	// dashboard (issue 3)
	dashboard: dashboardEn,
};
