import { resolve } from "node:path";
import { isCatalogueFormat } from "../../core/export/catalogue-export";
import { createFileAtomic, replaceFileAtomic } from "../atomic-write";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { exportOutput } from "../command-output";

/**
 * `atlas export [VAULT] --format md|json|html [-o FILE]`: stdout without -o. With -o an existing file
 * is left alone (exit 1) unless --force is given.
 */
export const exportCommand: CliCommand = {
	name: "export",
	usage: "atlas export [VAULT] --format md|json|html [--lang zh|en] [-o FILE] [--force] [--tag TAG] [--stages FILE]",
	run(argv, context) {
		const args = context.parse(argv, { flags: ["--force"], values: ["--format", "--lang", "--out-file", "--tag", "--stages"], short: { "-o": "--out-file" } });
		const { t } = context.i18n;
		const format = args.values.get("--format") ?? "md";
		if (!isCatalogueFormat(format)) throw new UsageError(t("importExport.badFormat", { value: format }));
		if (args.positional.length > 1) throw new UsageError(t("cli.unknownOption", { option: args.positional[1]! }));
		const vault = context.vaultPath(args.positional[0]);
		const snapshot = context.loadIndex(vault, context.settingsFor(vault, args)).snapshot();
		const text = exportOutput(format, snapshot, context.i18n, context.io.now());
		const outFile = args.values.get("--out-file");
		if (outFile === undefined) {
			context.io.out(text);
			return EXIT_OK;
		}
		const path = resolve(context.io.cwd, outFile);
		let outcome: "created" | "exists";
		try {
			outcome = args.flags.has("--force") ? writeOver(path, text) : createFileAtomic(path, text);
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
function writeOver(path: string, text: string): "created" {
	replaceFileAtomic(path, text);
	return "created";
}
