import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { isCatalogueFormat } from "../../core/export/catalogue-export";
import type { CliCommand } from "../cli-command";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { exportOutput } from "../command-output";

/**
 * `atlas export [VAULT] --format md|json|html [-o FILE]`: stdout without -o. With -o an existing file
 * is left alone (exit 1) unless --force is given.
 */
export const exportCommand: CliCommand = {
	name: "export",
	usage: "atlas export [VAULT] --format md|json|html [--lang zh|en] [-o FILE] [--force] [--tag TAG]",
	run(argv, context) {
		const args = context.parse(argv, { flags: ["--force"], values: ["--format", "--lang", "--out-file", "--tag"], short: { "-o": "--out-file" } });
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
		try {
			writeFileSync(path, text, { encoding: "utf8", flag: args.flags.has("--force") ? "w" : "wx" });
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			context.io.err((code === "EEXIST" ? t("importExport.fileExists", { path }) : `${path}: ${(error as Error).message}`) + "\n");
			return EXIT_FAILED;
		}
		context.io.err(t("importExport.wrote", { path }) + "\n");
		return EXIT_OK;
	},
};
