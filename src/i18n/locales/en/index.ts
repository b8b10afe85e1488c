import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";
// templates (issue 5)
import { templatesEn } from "./templates";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
	// templates (issue 5)
	templates: templatesEn,
};
