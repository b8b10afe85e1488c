import { cliEn } from "./cli";
import { diagnosticsEn } from "./diagnostics";
// issue 4: query language
import { queryEn } from "./query";

/** Every English UI string, one namespace per feature. */
export const en = {
	cli: cliEn,
	diagnostics: diagnosticsEn,
	// issue 4: query language
	query: queryEn,
};
