import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK } from "../cli-io";
import { indexOutput } from "../command-output";

export const indexCommand: CliCommand = {
	name: "index",
	usage: "atlas index [VAULT] [--json] [--strict] [--lang zh|en] [--tag TAG] [--stages FILE]",
	run(argv, context) {
		const args = context.parse(argv, { flags: ["--json", "--strict"], values: ["--lang", "--tag", "--stages"] });
		const vault = context.vaultPath(args.positional[0]);
		const snapshot = context.loadIndex(vault, context.settingsFor(vault, args)).snapshot();
		context.io.out(indexOutput(snapshot, context.i18n, args.flags.has("--json")));
		return args.flags.has("--strict") && snapshot.problems.length > 0 ? EXIT_FAILED : EXIT_OK;
	},
};
