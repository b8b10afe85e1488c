import { translator } from "../i18n/translator";
import { COMMANDS } from "./command-registry";
import { CliContext, languageFromArgs } from "./cli-context";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "./cli-io";

/** Runs one CLI invocation in-process and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
	const language = languageFromArgs(argv);
	if (language !== "zh" && language !== "en") {
		io.err(translator("en").t("cli.badLanguage", { value: language }) + "\n");
		return EXIT_USAGE;
	}
	const context = new CliContext(io, language);
	const [name, ...rest] = commandFirst(argv);
	if (name === "help" || name === "--help" || name === "-h") return help(io);
	if (name === undefined) {
		io.err(context.i18n.t("cli.usage") + "\n");
		return EXIT_USAGE;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		io.err(`${context.i18n.t("cli.unknownCommand", { command: name })}. ${context.i18n.t("cli.usage")}\n`);
		return EXIT_USAGE;
	}
	try {
		return await command.run(rest, context);
	} catch (error) {
		// Usage errors are one line: what was wrong, then how the command is called.
		if (error instanceof UsageError) {
			io.err(`${error.message}. ${command.usage}\n`);
			return EXIT_USAGE;
		}
		io.err(`atlas ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
		return EXIT_FAILED;
	}
}

function help(io: CliIo): number {
	io.out(["Framework Atlas", "", ...COMMANDS.map((c) => `  ${c.usage}`), ""].join("\n"));
	return EXIT_OK;
}

/** `atlas --lang zh index` means `atlas index --lang zh`: a leading --lang moves after the command. */
function commandFirst(argv: readonly string[]): readonly string[] {
	const take = argv[0] === "--lang" ? 2 : argv[0]?.startsWith("--lang=") ? 1 : 0;
	// With nothing after the option there is no command at all.
	if (take === 0 || argv.length <= take) return take === 0 ? argv : [];
	return [...argv.slice(take), ...argv.slice(0, take)];
}
