import type { en } from "../en";
import type { Translation } from "../translation";
import { cliZh } from "./cli";
import { diagnosticsZh } from "./diagnostics";
// issue 4: query language
import { queryZh } from "./query";
// templates (issue 5)
import { templatesZh } from "./templates";
// dashboard (issue 3)
import { dashboardZh } from "./dashboard";

export const zh: Translation<typeof en> = {
	cli: cliZh,
	diagnostics: diagnosticsZh,
	// issue 4: query language
	query: queryZh,
	// templates (issue 5)
	templates: templatesZh,
	// dashboard (issue 3)
	dashboard: dashboardZh,
};
