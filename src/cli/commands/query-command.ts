import { entryToJson } from "../../core/export/entry-json";
import { parseQuery } from "../../core/query/parse-query";
import { runQuery } from "../../core/query/run-query";
import { entryView } from "../../core/view/entry-view";
import { describeQueryError } from "../../i18n/query/describe-query-error";
import type { CliCommand } from "../cli-command";
import { EXIT_OK, EXIT_USAGE, UsageError } from "../cli-io";
import { formatQueryText } from "../format-query-text";

export const queryCommand: CliCommand = {
	name: "query",
	usage: 'atlas query [VAULT] "QUERY" [--json] [--lang zh|en] [--tag TAG]',
	run(argv, context) {
		const { t } = context.i18n;
		const args = context.parse(argv, { flags: ["--json"], values: ["--lang", "--tag"] });
		// VAULT is optional and comes first: two positionals are VAULT QUERY, one is QUERY.
		if (args.positional.length === 0) throw new UsageError(t("query.cli.missingQuery"));
		if (args.positional.length > 2) throw new UsageError(t("query.cli.tooManyArguments"));
		const [vaultArg, text] = args.positional.length === 2 ? [args.positional[0], args.positional[1]!] : [undefined, args.positional[0]!];
		const vault = context.vaultPath(vaultArg);
		const index = context.loadIndex(vault, context.settingsFor(vault, args));
		const vocabulary = index.parseOptions().vocabulary;
		const parsed = parseQuery(text, vocabulary);
		if (!parsed.ok) {
			const line = text.split(/\r?\n/)[parsed.error.line - 1] ?? "";
			const caret = " ".repeat(parsed.error.column - 1) + "^".repeat(parsed.error.length);
			context.io.err(`${describeQueryError(parsed.error, context.i18n)}\n  ${line}\n  ${caret}\n`);
			return EXIT_USAGE;
		}
		const result = runQuery(parsed.query, index.snapshot());
		if (args.flags.has("--json")) context.io.out(JSON.stringify({ query: text, entries: result.entries.map((e) => entryToJson(entryView(e, context.i18n.language))) }, null, 2) + "\n");
		else context.io.out(formatQueryText(parsed.query, result, vocabulary, context.i18n));
		return EXIT_OK;
	},
};
