import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK } from "../cli-io";
import { indexOutput } from "../command-output";
import { loadCliFacts } from "../repo-facts/cli-facts";

export const indexCommand: CliCommand = {
	name: "index",
	usage: "atlas index [VAULT] [--json] [--strict] [--lang zh|en] [--tag TAG] [--stages FILE]",
	async run(argv, context) {
		const args = context.parse(argv, { flags: ["--json", "--strict"], values: ["--lang", "--tag", "--stages"] });
		const vault = context.vaultPath(args.positional[0]);
		const settings = context.settingsFor(vault, args);
		const snapshot = context.loadIndex(vault, settings).snapshot();
		const json = args.flags.has("--json");
		const facts = json ? await loadCliFacts(vault, context, settings.factsStaleMonths) : null;
		context.io.out(indexOutput(snapshot, context.i18n, json, facts?.lookup));
		return args.flags.has("--strict") && snapshot.problems.length > 0 ? EXIT_FAILED : EXIT_OK;
	},
};
