import type { CliContext } from "./cli-context";

/** One `atlas <name>` subcommand. Returns the exit code; throws UsageError for exit 2. */
export interface CliCommand {
	name: string;
	usage: string;
	run(argv: readonly string[], context: CliContext): number | Promise<number>;
}
