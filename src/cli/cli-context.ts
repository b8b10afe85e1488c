import { resolve } from "node:path";
import { buildIndex, type AtlasSettingsCore } from "../core/index/build-index";
import type { AtlasIndex } from "../core/index/atlas-index";
import type { Language } from "../core/stages/stage-vocabulary";
import { translator, type Translator } from "../i18n/translator";
import { parseArgs, type OptionSpec, type ParsedArgs } from "./cli-args";
import { UsageError, type CliIo } from "./cli-io";
import { isFolder, readVaultNotes } from "./vault-files";

/** Shared by every command: the output language, option parsing with localized errors, vault loading. */
export class CliContext {
	readonly i18n: Translator;

	constructor(
		readonly io: CliIo,
		language: Language,
	) {
		this.i18n = translator(language);
	}

	parse(argv: readonly string[], spec: OptionSpec): ParsedArgs {
		const t = this.i18n.t;
		return parseArgs(argv, spec, {
			unknown: (option) => t("cli.unknownOption", { option }),
			missing: (option) => t("cli.missingValue", { option }),
		});
	}

	/** VAULT argument, or the bundled sample vault when none is given. */
	vaultPath(argument: string | undefined): string {
		const path = argument === undefined ? this.io.sampleVault : resolve(this.io.cwd, argument);
		if (!isFolder(path)) throw new UsageError(this.i18n.t("cli.vaultMissing", { path }));
		return path;
	}

	loadIndex(vault: string, settings: Partial<AtlasSettingsCore> = {}): AtlasIndex {
		return buildIndex(readVaultNotes(vault), settings);
	}
}

/** `--lang zh|en` is read before anything else so even usage errors speak the user's language. */
export function languageFromArgs(argv: readonly string[]): string {
	const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
	if (at === -1) return "en";
	const value = argv[at]!.includes("=") ? argv[at]!.slice("--lang=".length) : argv[at + 1];
	return value ?? "en";
}

/** The arguments without `--lang X` / `--lang=X`, which every command accepts (up to a `--`). */
export function withoutLanguage(argv: readonly string[]): string[] {
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === "--") {
			rest.push(...argv.slice(i));
			break;
		}
		if (arg === "--lang") i++;
		else if (!arg.startsWith("--lang=")) rest.push(arg);
	}
	return rest;
}
