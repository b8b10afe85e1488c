import { indexToJson } from "../../core/export/entry-json";
import { describeDiagnostic } from "../../i18n/describe-diagnostic";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK } from "../cli-io";
import { formatIndexText } from "../format-index-text";

export const indexCommand: CliCommand = {
	name: "index",
	usage: "atlas index [VAULT] [--json] [--strict] [--lang zh|en] [--tag TAG]",
	run(argv, context) {
		const args = context.parse(argv, { flags: ["--json", "--strict"], values: ["--lang", "--tag"] });
		const vault = context.vaultPath(args.positional[0]);
		const snapshot = context.loadIndex(vault, context.settingsFor(vault, args)).snapshot();
		if (args.flags.has("--json")) {
			const json = indexToJson(snapshot, context.i18n.language, (d) => describeDiagnostic(d, context.i18n));
			context.io.out(JSON.stringify(json, null, 2) + "\n");
		} else {
			context.io.out(formatIndexText(snapshot, context.i18n));
		}
		return args.flags.has("--strict") && snapshot.problems.length > 0 ? EXIT_FAILED : EXIT_OK;
	},
};
