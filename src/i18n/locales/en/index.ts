import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
};
