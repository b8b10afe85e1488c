import type { CliCommand } from "../cli-command";
import { EXIT_OK, EXIT_USAGE, UsageError } from "../cli-io";
import { queryOutput } from "../command-output";

export const queryCommand: CliCommand = {
	name: "query",
	usage: 'atlas query [VAULT] "QUERY" [--json] [--lang zh|en] [--tag TAG] [--stages FILE]',
	run(argv, context) {
		const { t } = context.i18n;
		const args = context.parse(argv, { flags: ["--json"], values: ["--lang", "--tag", "--stages"], dashedPositionals: true });
		// VAULT is optional and comes first: two positionals are VAULT QUERY, one is QUERY.
		if (args.positional.length === 0) throw new UsageError(t("query.cli.missingQuery"));
		if (args.positional.length > 2) throw new UsageError(t("query.cli.tooManyArguments"));
		const [vaultArg, text] = args.positional.length === 2 ? [args.positional[0], args.positional[1]!] : [undefined, args.positional[0]!];
		const vault = context.vaultPath(vaultArg);
		const index = context.loadIndex(vault, context.settingsFor(vault, args));
		const output = queryOutput(text, index, context.i18n, args.flags.has("--json"));
		if (!output.ok) {
			context.io.err(output.text);
			return EXIT_USAGE;
		}
		context.io.out(output.text);
		return EXIT_OK;
	},
};
