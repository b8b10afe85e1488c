import { translator } from "../i18n/translator";
import { COMMANDS } from "./command-registry";
import { CliContext, languageFromArgs, withoutLanguage } from "./cli-context";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "./cli-io";
import { terminalText } from "./terminal-text";

/** Runs one CLI invocation in-process and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], terminal: CliIo): Promise<number> {
	const io = sanitized(terminal);
	const language = languageFromArgs(argv);
	if (language !== "zh" && language !== "en") {
		io.err(translator("en").t("cli.badLanguage", { value: language }) + "\n");
		return EXIT_USAGE;
	}
	const context = new CliContext(io, language);
	const [name, ...rest] = withoutLanguage(argv);
	if (name === "help" || name === "--help" || name === "-h") return help(context);
	if (name === undefined) {
		io.err(context.i18n.t("cli.usage") + "\n");
		return EXIT_USAGE;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		io.err(`${sentences(context, context.i18n.t("cli.unknownCommand", { command: name }), context.i18n.t("cli.usage"))}\n`);
		return EXIT_USAGE;
	}
	try {
		return await command.run(rest, context);
	} catch (error) {
		// Usage errors are one line: what was wrong, then how the command is called.
		if (error instanceof UsageError) {
			io.err(`${sentences(context, error.message, context.i18n.t("cli.usageLine", { usage: command.usage }))}\n`);
			return EXIT_USAGE;
		}
		io.err(`atlas ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
		return EXIT_FAILED;
	}
}

/**
 * The one place output leaves the CLI: every command and message (note names, headings, paths,
 * error text) is written through terminalText, so no command can forget it. JSON stays exact.
 */
function sanitized(io: CliIo): CliIo {
	return { ...io, out: (text) => io.out(terminalText(text)), err: (text) => io.err(terminalText(text)) };
}

function help({ io, i18n }: CliContext): number {
	io.out(["Framework Atlas", "", i18n.t("cli.helpCommands"), ...COMMANDS.map((c) => `  ${c.usage}`), "", i18n.t("cli.helpLanguage"), ""].join("\n"));
	return EXIT_OK;
}

/** Two messages on one line, punctuated the way the output language does it. */
function sentences({ i18n }: CliContext, first: string, second: string): string {
	return i18n.t("cli.sentences", { first, second });
}
