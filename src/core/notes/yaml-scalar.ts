import { parseFrontmatterYaml, parseYaml } from "../parse/yaml-engine";

/**
 * YAML text for one scalar, as the frontmatter writer puts it after `key: ` or `- `.
 *
 * A string is written plain only when our own reader reads it back as exactly the same string;
 * anything else is written as a JSON string, which is a valid YAML double-quoted scalar. Correct by
 * construction: no list of special characters to get wrong.
 */
export function yamlString(text: string): string {
	return surelyPlain(text) || remembered(plainValues, text, plainValueReadsBack) ? text : quoted(text);
}

/**
 * Words of ASCII letters, digits and `._/-` (a letter first, single spaces between), or an http(s) URL of
 * those characters: plain in YAML 1.1 and 1.2 unless it is one of the keywords below. Imports write
 * thousands of such names and repos at once; this skips their read-back parse (test/core/notes checks
 * it agrees with the parse).
 */
const SIMPLE_WORDS = /^[A-Za-z][A-Za-z0-9._/-]*(?: [A-Za-z0-9._/-]+)*$/;
const SIMPLE_URL = /^https?:\/\/[A-Za-z0-9._~/-]+$/;
const KEYWORDS = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

export function surelyPlain(text: string): boolean {
	return (SIMPLE_WORDS.test(text) || SIMPLE_URL.test(text)) && !KEYWORDS.test(text);
}

/**
 * A mapping key: plain under the same rule, checked at the start of a line through the whole
 * reader (gray-matter ends the block at any line starting with `---`, so `---x` must be quoted).
 */
export function yamlKey(key: string): string {
	return remembered(plainKeys, key, plainKeyReadsBack) ? key : quoted(key);
}

export function yamlNumber(value: number): string {
	if (Number.isNaN(value)) return ".nan";
	if (value === Infinity) return ".inf";
	if (value === -Infinity) return "-.inf";
	// String(-0) is "0", which reads back as +0.
	if (Object.is(value, -0)) return "-0.0";
	return String(value);
}

/**
 * Our reader is YAML 1.2, but other readers of the same note (older tools, sync scripts) may be
 * YAML 1.1, where these are booleans, base-60 numbers (`12:30` is 750) or line breaks (NEL, LS, PS),
 * and where tabs inside plain text trip some parsers. Quoting them keeps the note meaning the same
 * everywhere, as js-yaml's own dumper does.
 */
const YAML_11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const YAML_11_BASE_60 = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
const BREAK_OR_TAB = /[\n\r\t\u0085\u2028\u2029]/;

/** Never plain: empty, edge whitespace, or the YAML 1.1 forms above. Saves a parse for the obvious cases. */
function obviouslyQuoted(text: string): boolean {
	return text === "" || /^\s|\s$/.test(text) || BREAK_OR_TAB.test(text) || YAML_11_BOOLEANS.test(text) || YAML_11_BASE_60.test(text);
}

/** The same few keys and values (tags, stage ids, `label`) recur in every note: check each once. */
const plainKeys = new Map<string, boolean>();
const plainValues = new Map<string, boolean>();
const REMEMBERED = 1000;
const REMEMBERED_LENGTH = 200;

function remembered(cache: Map<string, boolean>, text: string, check: (text: string) => boolean): boolean {
	if (text.length > REMEMBERED_LENGTH) return check(text);
	const known = cache.get(text);
	if (known !== undefined) return known;
	const plain = check(text);
	if (cache.size >= REMEMBERED) cache.clear();
	cache.set(text, plain);
	return plain;
}

/**
 * A value never starts a line, so only the YAML parse matters here (gray-matter's own work, five
 * times the cost, changes nothing for it). Keys `v` and `l` cannot collide with the value under test.
 */
function plainValueReadsBack(text: string): boolean {
	if (obviouslyQuoted(text)) return false;
	const data = readBack(parseYaml, `v: ${text}\nl:\n  - ${text}\n`);
	if (!isRecord(data)) return false;
	const list = data.l;
	return Object.keys(data).length === 2 && data.v === text && Array.isArray(list) && list.length === 1 && list[0] === text;
}

function plainKeyReadsBack(key: string): boolean {
	// `<<` is the merge key of YAML 1.1 (and of js-yaml's default schema).
	if (obviouslyQuoted(key) || key === "<<") return false;
	const data = readBack(parseFrontmatterYaml, `${key}: 0\n`);
	if (!isRecord(data)) return false;
	const keys = Object.keys(data);
	return keys.length === 1 && keys[0] === key && data[key] === 0;
}

function readBack(parse: (yaml: string) => unknown, yaml: string): unknown {
	try {
		return parse(yaml);
	} catch {
		return undefined;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * JSON escapes quotes, backslashes and C0 controls; YAML also refuses DEL, C1 controls and
 * U+FFFE/U+FFFF as raw characters, and older readers break lines at U+2028/U+2029, so those are escaped too.
 */
function quoted(text: string): string {
	return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
