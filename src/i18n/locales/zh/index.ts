import type { en } from "../en";
import type { Translation } from "../translation";
import { cliZh } from "./cli";
import { diagnosticsZh } from "./diagnostics";

export const zh: Translation<typeof en> = {
	cli: cliZh,
	diagnostics: diagnosticsZh,
};
