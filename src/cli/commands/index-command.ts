import { indexToJson } from "../../core/export/entry-json";
import { repoFactsOf } from "../../core/repo-facts/facts-json";
import { describeDiagnostic } from "../../i18n/describe-diagnostic";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK } from "../cli-io";
import { formatIndexText } from "../format-index-text";
import { loadCliFacts } from "../repo-facts/cli-facts";

export const indexCommand: CliCommand = {
	name: "index",
	usage: "atlas index [VAULT] [--json] [--strict] [--lang zh|en] [--tag TAG]",
	async run(argv, context) {
		const args = context.parse(argv, { flags: ["--json", "--strict"], values: ["--lang", "--tag"] });
		const vault = context.vaultPath(args.positional[0]);
		const settings = context.settingsFor(vault, args);
		const snapshot = context.loadIndex(vault, settings).snapshot();
		if (args.flags.has("--json")) {
			const facts = await loadCliFacts(vault, context, settings.factsStaleMonths);
			const json = indexToJson(snapshot, context.i18n.language, (d) => describeDiagnostic(d, context.i18n), repoFactsOf(facts.lookup));
			context.io.out(JSON.stringify(json, null, 2) + "\n");
		} else {
			context.io.out(formatIndexText(snapshot, context.i18n));
		}
		return args.flags.has("--strict") && snapshot.problems.length > 0 ? EXIT_FAILED : EXIT_OK;
	},
};
