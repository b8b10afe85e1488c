import type { en } from "../en";
import type { Translation } from "../translation";
import { cliZh } from "./cli";
import { diagnosticsZh } from "./diagnostics";
// i18n (issue 6)
import { generalZh } from "./general";
import { languageZh } from "./language";

export const zh: Translation<typeof en> = {
	cli: cliZh,
	diagnostics: diagnosticsZh,
	// i18n (issue 6)
	general: generalZh,
	language: languageZh,
};
