import type { CliCommand } from "./cli-command";
import { indexCommand } from "./commands/index-command";
import { queryCommand } from "./commands/query-command";
import { newCommand } from "./commands/new-command";
import { addSourceCommand } from "./commands/add-source-command";
import { moveCommand } from "./commands/move-command";
import { exportCommand } from "./commands/export-command";
import { importCommand } from "./commands/import-command";
import { installCommand } from "./commands/install-command";
import { fixTagsCommand } from "./commands/fix-tags-command";
import { reposCommand } from "./commands/repos-command";

/** Every subcommand, in the order `atlas help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [
	indexCommand,
	queryCommand,
	newCommand,
	addSourceCommand,
	moveCommand,
	importCommand,
	exportCommand,
	fixTagsCommand,
	installCommand,
	reposCommand,
];
