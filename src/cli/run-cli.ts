import { translator } from "../i18n/translator";
import { COMMANDS } from "./command-registry";
import { CliContext, languageFromArgs, withoutLanguage } from "./cli-context";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "./cli-io";

/** Runs one CLI invocation in-process and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
	const language = languageFromArgs(argv);
	if (language !== "zh" && language !== "en") {
		io.err(translator("en").t("cli.badLanguage", { value: language }) + "\n");
		return EXIT_USAGE;
	}
	const context = new CliContext(io, language);
	const [name, ...rest] = withoutLanguage(argv);
	if (name === undefined || name === "help" || name === "--help" || name === "-h") return help(context, name === undefined);
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		io.err(context.i18n.t("cli.unknownCommand", { command: name }) + "\n" + context.i18n.t("cli.usage") + "\n");
		return EXIT_USAGE;
	}
	try {
		return await command.run(rest, context);
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`${error.message}\n${context.i18n.t("cli.usageLine", { usage: command.usage })}\n`);
			return EXIT_USAGE;
		}
		io.err(`atlas ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
		return EXIT_FAILED;
	}
}

function help({ io, i18n }: CliContext, asError: boolean): number {
	const text = ["Framework Atlas", "", i18n.t("cli.helpCommands"), ...COMMANDS.map((c) => `  ${c.usage}`), "", i18n.t("cli.helpLanguage"), ""].join("\n");
	if (asError) io.err(text);
	else io.out(text);
	return asError ? EXIT_USAGE : EXIT_OK;
}
