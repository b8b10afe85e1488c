import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";
// i18n (issue 6)
import { generalEn } from "./general";
import { languageEn } from "./language";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
	// i18n (issue 6)
	general: generalEn,
	language: languageEn,
};
