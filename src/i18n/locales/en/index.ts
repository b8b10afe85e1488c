import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";
import { dashboardEn } from "./dashboard";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
	dashboard: dashboardEn,
};
