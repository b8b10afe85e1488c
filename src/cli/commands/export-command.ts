import { isCatalogueFormat } from "../../core/export/catalogue-export";
import { readColumnSpec } from "../../core/views/column-spec";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { exportOutput } from "../command-output";
import type { MachineFiles } from "../machine";
import { loadCliFacts } from "../repo-facts/cli-facts";

/**
 * `atlas export [VAULT] --format md|json|html [-o FILE]`: stdout without -o. With -o an existing file
 * is left alone (exit 1) unless --force is given.
 */
export const exportCommand: CliCommand = {
	name: "export",
	usage: 'atlas export [VAULT] --format md|json|html [--facts] [--matrix "#rl"] [--lang zh|en] [-o FILE] [--force] [--tag TAG] [--stages FILE]',
	async run(argv, context) {
		const args = context.parse(argv, { flags: ["--force", "--facts"], values: ["--format", "--lang", "--out-file", "--tag", "--stages", "--matrix"], short: { "-o": "--out-file" } });
		const { t } = context.i18n;
		const format = args.values.get("--format") ?? "md";
		if (!isCatalogueFormat(format)) throw new UsageError(t("importExport.badFormat", { value: format }));
		if (args.positional.length > 1) throw new UsageError(t("cli.unknownOption", { option: args.positional[1]! }));
		const matrixText = args.values.get("--matrix");
		const matrix = matrixText === undefined ? null : readColumnSpec(matrixText);
		if (matrixText !== undefined && matrix === null) throw new UsageError(t("importExport.badMatrix", { value: matrixText }));
		const vault = context.vaultPath(args.positional[0]);
		const settings = context.settingsFor(vault, args);
		const snapshot = context.loadIndex(vault, settings).snapshot();
		// JSON always carries repoFacts (from the cache, never the network); md/html only with --facts.
		const facts = format === "json" || args.flags.has("--facts") ? await loadCliFacts(vault, context, settings.factsStaleMonths) : null;
		const text = exportOutput(format, snapshot, context.i18n, context.io.now(), facts === null ? undefined : { lookup: facts.lookup, withPhrase: args.flags.has("--facts") }, matrix);
		const outFile = args.values.get("--out-file");
		if (outFile === undefined) {
			context.io.out(text);
			return EXIT_OK;
		}
		const { files, paths } = context.io.machine;
		const path = paths.resolve(context.io.cwd, outFile);
		let outcome: "created" | "exists";
		try {
			outcome = args.flags.has("--force") ? writeOver(files, path, text) : files.createAtomic(path, text);
		} catch (error) {
			context.io.err(`${path}: ${(error as Error).message}\n`);
			return EXIT_FAILED;
		}
		if (outcome === "exists") {
			context.io.err(t("importExport.fileExists", { path }) + "\n");
			return EXIT_FAILED;
		}
		context.io.err(t("importExport.wrote", { path }) + "\n");
		return EXIT_OK;
	},
};

/** --force: replace whatever is there, still whole or not at all. */
function writeOver(files: MachineFiles, path: string, text: string): "created" {
	files.replaceAtomic(path, text);
	return "created";
}
