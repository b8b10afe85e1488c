import type { CliCommand } from "./cli-command";
import { indexCommand } from "./commands/index-command";
// import/export (issue 7)
import { exportCommand } from "./commands/export-command";
import { importCommand } from "./commands/import-command";

/** Every subcommand, in the order `atlas help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [
	indexCommand,
	// import/export (issue 7)
	importCommand,
	exportCommand,
];
