import type { en } from "../en";
import type { Translation } from "../translation";
import { cliZh } from "./cli";
import { diagnosticsZh } from "./diagnostics";
// issue 4: query language
import { queryZh } from "./query";

export const zh: Translation<typeof en> = {
	cli: cliZh,
	diagnostics: diagnosticsZh,
	// issue 4: query language
	query: queryZh,
};
