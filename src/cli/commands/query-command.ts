import { entryToJson } from "../../core/export/entry-json";
import { parseQuery } from "../../core/query/parse-query";
import { querySnippet } from "../../core/query/body-snippet";
import type { Query } from "../../core/query/query-types";
import { runQuery, type QueryResult } from "../../core/query/run-query";
import { matrixToJson, snippetToJson, timelineToJson } from "../../core/export/views-json";
import { comparisonMatrix } from "../../core/views/comparison-matrix";
import { readingTimeline } from "../../core/views/reading-timeline";
import { describeQueryError } from "../../i18n/query/describe-query-error";
import type { CliCommand } from "../cli-command";
import { EXIT_OK, EXIT_USAGE, UsageError } from "../cli-io";
import { formatQueryText } from "../format-query-text";

/** The entries, each with its body snippet when it matched through its text; a matrix or a timeline when the query asks for one. */
function queryJson(query: Query, result: QueryResult): object {
	const entries = result.entries.map((entry) => {
		const snippet = querySnippet(query, entry);
		return snippet === null ? entryToJson(entry) : { ...entryToJson(entry), snippet: snippetToJson(snippet) };
	});
	const { view, columns } = query.directives;
	return {
		query: query.source,
		entries,
		...(view === "matrix" && columns !== null ? { matrix: matrixToJson(comparisonMatrix(result.entries, columns)) } : {}),
		...(view === "timeline" ? { timeline: timelineToJson(readingTimeline(result.entries)) } : {}),
	};
}

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
		if (args.flags.has("--json")) context.io.out(JSON.stringify(queryJson(parsed.query, result), null, 2) + "\n");
		else context.io.out(formatQueryText(parsed.query, result, vocabulary, context.i18n));
		return EXIT_OK;
	},
};
