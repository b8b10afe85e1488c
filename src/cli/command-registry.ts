import type { CliCommand } from "./cli-command";
import { indexCommand } from "./commands/index-command";
// issue 4: query language
import { queryCommand } from "./commands/query-command";

/** Every subcommand, in the order `atlas help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [
	indexCommand,
	// issue 4: query language
	queryCommand,
];
