import { UsageError } from "./cli-io";

export interface OptionSpec {
	/** Options that take a value (`--lang zh`, `--lang=zh`). */
	values?: string[];
	/** Options that are on when present (`--json`). */
	flags?: string[];
	/** Short spellings: `{ "-o": "--out-file" }`. */
	short?: Record<string, string>;
	/**
	 * A positional may start with "-" (the query language's `-is:starred`): anything that is not a
	 * known option is positional, except `--word`, which is far likelier a mistyped option.
	 */
	dashedPositionals?: boolean;
}

export interface ParsedArgs {
	positional: string[];
	values: Map<string, string>;
	flags: Set<string>;
}

/** Strict parsing: an unknown option is a usage error, never silently ignored. */
export interface ArgMessages {
	unknown(option: string): string;
	missing(option: string): string;
}

export function parseArgs(argv: readonly string[], spec: OptionSpec, messages: ArgMessages): ParsedArgs {
	const parsed: ParsedArgs = { positional: [], values: new Map(), flags: new Set() };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === "--") {
			parsed.positional.push(...argv.slice(i + 1));
			break;
		}
		if (!arg.startsWith("-") || arg === "-") {
			parsed.positional.push(arg);
			continue;
		}
		const [rawName, inline] = splitInline(arg);
		const name = spec.short?.[rawName] ?? rawName;
		if (spec.flags?.includes(name) && inline === undefined) parsed.flags.add(name);
		else if (spec.values?.includes(name)) {
			const value = inline ?? argv[++i];
			if (value === undefined) throw new UsageError(messages.missing(name));
			parsed.values.set(name, value);
		} else if (spec.dashedPositionals && !LONG_OPTION.test(rawName)) parsed.positional.push(arg);
		else throw new UsageError(messages.unknown(rawName));
	}
	return parsed;
}

const LONG_OPTION = /^--[A-Za-z][A-Za-z-]*$/;

function splitInline(arg: string): [string, string | undefined] {
	const eq = arg.indexOf("=");
	return eq > 2 && arg.startsWith("--") ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
