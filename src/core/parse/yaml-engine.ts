import matter from "gray-matter";
import { load, CORE_SCHEMA } from "js-yaml";

/**
 * YAML 1.2 core schema: `2025-07-02` and `12:30` stay text, as Obsidian shows them
 * (js-yaml 3's default turns them into a UTC Date and the number 750).
 * Exported for the frontmatter writer, which checks its output with exactly these options.
 */
export function parseYaml(yaml: string): object {
	// gray-matter's types promise an object; a scalar or null document is checked by the caller.
	return load(yaml, { schema: CORE_SCHEMA, json: true }) as object;
}

function refuseCode(): never {
	throw new Error("code in frontmatter is never run");
}

/**
 * Frontmatter is read strictly: a key written twice is an error, as in Obsidian, which shows no
 * properties for such a note. (`json: true` would let the last one win silently.)
 */
function parseStrictYaml(text: string): object {
	try {
		return load(text, { schema: CORE_SCHEMA }) as object;
	} catch (error) {
		// Duck-typed: the bundles ship js-yaml's loader without its YAMLException export.
		const { reason, mark } = error as { reason?: string; mark?: { position: number } };
		if (reason === "duplicated mapping key" && mark) throw duplicateKey(text, mark.position);
		throw error;
	}
}

// Every spelling gray-matter maps to its JavaScript engine is replaced by one that refuses.
const SAFE_ENGINES = {
	yaml: { parse: parseStrictYaml, stringify: refuseCode },
	javascript: { parse: refuseCode, stringify: refuseCode },
	js: { parse: refuseCode, stringify: refuseCode },
	json: { parse: refuseCode, stringify: refuseCode },
	coffee: { parse: refuseCode, stringify: refuseCode },
};

export const MAX_YAML_ALIASES = 64;

/**
 * Parses a frontmatter block through gray-matter with safe engines. Passing an options
 * object also keeps gray-matter away from its global, never-evicted result cache.
 * Throws on invalid YAML; callers turn that into a problem.
 */
export function parseFrontmatterYaml(yaml: string): unknown {
	const aliases = countAliases(yaml);
	if (aliases > MAX_YAML_ALIASES) throw new YamlAliasError(aliases);
	const parsed = matter(`---\n${yaml}\n---\n`, { language: "yaml", engines: SAFE_ENGINES, excerpt: false });
	return parsed.data;
}

/** A key given twice in one mapping; `line` is the note's line (1 = the opening `---`) of the second one. */
export class YamlDuplicateKeyError extends Error {
	constructor(
		readonly key: string,
		readonly line: number,
	) {
		super(`frontmatter has the key "${key}" twice (again at line ${line}); Obsidian cannot read it`);
	}
}

/** gray-matter hands the engine the text after the opening `---`, starting with that line's break. */
function duplicateKey(text: string, position: number): YamlDuplicateKeyError {
	const line = 1 + (text.slice(0, position).match(/\n/g)?.length ?? 0);
	const rest = text.slice(position, text.indexOf("\n", position) === -1 ? undefined : text.indexOf("\n", position));
	return new YamlDuplicateKeyError(keyName(rest), line);
}

const QUOTED_KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')\s*:/;

function keyName(lineRest: string): string {
	const quoted = QUOTED_KEY.exec(lineRest);
	if (quoted) return quoted[1] ?? quoted[2]!.replace(/''/g, "'");
	const colon = lineRest.search(/:(\s|$)/);
	return (colon === -1 ? lineRest : lineRest.slice(0, colon)).trim().slice(0, 100);
}

export class YamlAliasError extends Error {
	constructor(readonly count: number) {
		super(`frontmatter uses ${count} YAML aliases (at most ${MAX_YAML_ALIASES} are read)`);
	}
}

/** Counts `*alias` references without parsing, so an alias bomb is refused before it expands. */
function countAliases(yaml: string): number {
	const matches = yaml.match(/(?:^|[\s[{,:-])\*[^\s,[\]{}]+/gm);
	return matches ? matches.length : 0;
}
