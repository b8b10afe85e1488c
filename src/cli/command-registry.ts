import type { CliCommand } from "./cli-command";
import { indexCommand } from "./commands/index-command";
import { queryCommand } from "./commands/query-command";
import { newCommand } from "./commands/new-command";
import { addSourceCommand } from "./commands/add-source-command";
import { exportCommand } from "./commands/export-command";
import { importCommand } from "./commands/import-command";
import { installCommand } from "./commands/install-command";
import { fixTagsCommand } from "./commands/fix-tags-command";

/** Every subcommand, in the order `atlas help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [
	indexCommand,
	queryCommand,
	newCommand,
	addSourceCommand,
	importCommand,
	exportCommand,
	fixTagsCommand,
	installCommand,
];
