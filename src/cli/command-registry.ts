import type { CliCommand } from "./cli-command";
import { indexCommand } from "./commands/index-command";
// issue 4: query language
import { queryCommand } from "./commands/query-command";
// templates (issue 5)
import { newCommand } from "./commands/new-command";
import { addSourceCommand } from "./commands/add-source-command";
// import/export (issue 7)
import { exportCommand } from "./commands/export-command";
import { importCommand } from "./commands/import-command";

/** Every subcommand, in the order `atlas help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [
	indexCommand,
	// issue 4: query language
	queryCommand,
	// templates (issue 5)
	newCommand,
	addSourceCommand,
	// import/export (issue 7)
	importCommand,
	exportCommand,
];
