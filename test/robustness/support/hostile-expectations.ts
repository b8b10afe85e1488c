/**
 * What the index must say about each hostile note: an entry (with the warnings that name
 * what was ignored), a problem whose message names the cause, or nothing (not our note).
 * `cause` is text the English message must contain, so a vague "invalid note" fails.
 */
import type { DiagnosticCode } from "../../../src/core/model/diagnostic";
import { HUGE_FRONTMATTER, HUGE_NOTE, SCHEME_NAMED_NOTE, WINDOWS_ILLEGAL_NAMES, windowsIllegalPath } from "./hostile-vault";

export interface Expected {
	kind: "entry" | "problem" | "ignored";
	/** For an entry: the name it must get. */
	name?: string;
	/** A problem's code and cause, or warnings an entry must carry (each [code, cause]). */
	diagnostics?: [DiagnosticCode, string][];
}

const problem = (code: DiagnosticCode, cause: string): Expected => ({ kind: "problem", diagnostics: [[code, cause]] });
const entry = (name: string, ...diagnostics: [DiagnosticCode, string][]): Expected => ({ kind: "entry", name, diagnostics });
const IGNORED: Expected = { kind: "ignored" };

const DEEP = "nested/" + Array.from({ length: 20 }, (_, i) => `level-${i + 1}`).join("/") + "/deep-entry.md";
const MARKUP_NAME = '<img src=x onerror="globalThis.__ATLAS_PWNED__=1"> <script>globalThis.__ATLAS_PWNED__=2</script> name';

export const EXPECTED: Record<string, Expected> = {
	"code/js-engine.md": problem("frontmatter-language", '"js"'),
	"code/javascript-engine.md": problem("frontmatter-language", '"javascript"'),
	"code/js-spaced-engine.md": problem("frontmatter-language", '"js"'),
	"code/js-upper-engine.md": problem("frontmatter-language", '"JS"'),
	"code/coffee-engine.md": problem("frontmatter-language", '"coffee"'),
	"code/yaml-js-function-tag.md": problem("yaml-invalid", "unknown tag"),
	"code/yaml-python-tag.md": problem("yaml-invalid", "unknown tag"),
	"malformed/bad-indent.md": problem("yaml-invalid", "bad indentation"),
	"malformed/unclosed-bracket.md": problem("yaml-invalid", "flow collection"),
	"malformed/unclosed-quote.md": problem("yaml-invalid", "double quoted scalar"),
	// Obsidian shows no properties for a note with a key written twice, so neither do we.
	"malformed/duplicate-keys.md": problem("yaml-duplicate-key", 'key "name" twice (again at line 4)'),
	"malformed/tab-indent.md": problem("yaml-invalid", "tab characters"),
	"malformed/unclosed-frontmatter.md": problem("frontmatter-unclosed", "no closing ---"),
	"malformed/scalar-frontmatter.md": problem("yaml-not-mapping", "key: value"),
	"malformed/list-frontmatter.md": problem("yaml-not-mapping", "key: value"),
	"malformed/unknown-tag.md": problem("yaml-invalid", "unknown tag"),
	"bombs/billion-laughs.md": problem("yaml-aliases", "72 YAML aliases"),
	"bombs/bomb-in-fields.md": problem("yaml-aliases", "75 YAML aliases"),
	"bombs/merge-key-bomb.md": problem("yaml-aliases", "81 YAML aliases"),
	"bombs/bomb-under-limit.md": entry(
		"Bomb under the alias limit",
		["field-type", "links should be"],
		["field-type", "sources should be"],
		// based_on takes the first item of a list (an unquoted [[x]] is a nested list in YAML).
		["unresolved-parent", '"lol"'],
		["field-type", "stage should be"],
		["field-type", "summary should be"],
	),
	"bombs/few-aliases-ok.md": entry("Few aliases"),
	"encoding/bom.md": entry("BOM entry"),
	"encoding/crlf.md": entry("CRLF entry"),
	"encoding/bom-crlf.md": entry("BOM and CRLF"),
	"encoding/cr-only.md": IGNORED,
	"encoding/nul-bytes.md": entry("NUL\u0000entry"),
	"encoding/nul-in-frontmatter.md": problem("yaml-invalid", "null byte"),
	"encoding/invalid-utf8.md": entry("Invalid \uFFFD\uFFFD UTF-8 \uFFFD( here"),
	"types/object-tags.md": problem("field-type", "tags should be"),
	"types/list-of-objects-tags.md": problem("field-type", "tags should be"),
	"types/boolean-tags.md": problem("field-type", "tags should be"),
	"types/number-tags.md": IGNORED,
	"types/list-stage.md": entry("List stage", ["field-type", "stage should be text"]),
	"types/object-repo.md": entry("Object repo", ["field-type", "repo should be text"]),
	"types/object-name.md": entry("object-name", ["field-type", "name should be text"]),
	"types/number-list-sources.md": entry("Number list sources", ["field-type", "sources should be"]),
	"types/string-links.md": entry("String links", ["field-type", "links should be"]),
	"types/map-based-on.md": entry("Map based on", ["field-type", "based_on should be"]),
	"types/every-field-wrong.md": entry(
		"every-field-wrong",
		...(["name", "name_zh", "name_en", "summary", "summary_zh", "summary_en", "stage", "repo", "starred", "based_on", "links", "sources"].map(
			(field) => ["field-type", `${field} should be`] as [DiagnosticCode, string],
		)),
	),
	"types/bad-source-items.md": entry("Bad source items", ["field-type", "sources should be"]),
	"types/bad-link-items.md": entry("Bad link items", ["field-type", "links should be"]),
	"types/huge-number-and-special-floats.md": entry("huge-number-and-special-floats", ["field-type", "name should be text"], ["field-type", "starred should be"]),
	"types/null-everything.md": entry("null-everything"),
	"urls/javascript-repo.md": entry("Javascript repo", ["unsafe-url", 'repo: "javascript:alert(document.cookie)"']),
	"urls/vbscript-repo.md": entry("Vbscript repo", ["unsafe-url", 'repo: "vbscript:msgbox(1)"']),
	"urls/data-repo.md": entry("Data repo", ["unsafe-url", 'repo: "data:text/html']),
	"urls/file-repo.md": entry("File repo", ["unsafe-url", 'repo: "file:///etc/passwd"']),
	"urls/scheme-zoo.md": entry(
		"Scheme zoo",
		["unsafe-url", 'repo: "JaVaScRiPt:alert(1)"'],
		["unsafe-url", 'links: "data:text/html;base64'],
		["unsafe-url", 'links: "vbscript:msgbox(1)"'],
		["unsafe-url", 'links: "file:///etc/passwd"'],
		["unsafe-url", 'links: "//evil.example/x"'],
		["unsafe-url", 'sources: "javascript:alert(2)"'],
		["unsafe-url", 'sources: "data:text/html'],
		["unsafe-url", "javascript:alert(5)"],
		["unsafe-url", "file:///C:/Windows/win.ini"],
	),
	"html/markup-everywhere.md": entry(MARKUP_NAME, ["unknown-stage", "<script>"], ["unresolved-parent", "<img src=x"]),
	"html/markup-parent.md": entry("<img src=x onerror=alert(9)>"),
	"dupes/name-a.md": entry("Twin", ["duplicate-name", "dupes/name-b.md"], ["duplicate-repo", "dupes/name-b.md"]),
	"dupes/name-b.md": entry("twin", ["duplicate-name", "dupes/name-a.md"], ["duplicate-repo", "dupes/name-a.md"]),
	"dupes/name-c-fullwidth.md": entry("Ｔｗｉｎ", ["duplicate-name", "dupes/name-a.md"]),
	"proto/constructor.md": entry("constructor"),
	"proto/__proto__.md": entry("__proto__"),
	"proto/hasOwnProperty.md": entry("toString", ["unknown-stage", '"valueOf"'], ["unresolved-parent", '"valueOf"']),
	"proto/proto-keys.md": entry("Proto keys"),
	"proto/proto-tags.md": IGNORED,
	"injection/i18n-interpolation.md": entry("{{count}} $t(cli.usage) {{- name}}", ["unknown-stage", "$t(cli.summary) {{stage}}"], ["unsafe-url", "notaurl {{count}}"]),
	"injection/terminal-escapes.md": entry("\u001b[31mRED\u001b[0m \u001b]8;;https://evil.example\u0007LINK\u001b]8;;\u0007"),
	"sequence/flip.md": entry("Flip"),
	"ok/plain-entry.md": entry("Plain entry"),
	"ok/not-an-entry.md": IGNORED,
	"ok/no-frontmatter.md": IGNORED,
	[DEEP]: entry("Deep entry"),
	[HUGE_NOTE]: entry("Huge note"),
	[HUGE_FRONTMATTER]: problem("note-too-large", "larger than 256 KB"),
	[SCHEME_NAMED_NOTE]: entry("javascript:alert(document.domain)"),
	...Object.fromEntries(WINDOWS_ILLEGAL_NAMES.map((name) => [windowsIllegalPath(name), entry(name.replace(/\.md$/, ""))])),
};

/**
 * Notes Obsidian shows no frontmatter for (first line `---js`, or no closing `---`): the plugin
 * reads only notes whose cached metadata has frontmatter, so it never sees these; the CLI reports them.
 */
export const INVISIBLE_TO_OBSIDIAN = Object.keys(EXPECTED).filter((path) => ["frontmatter-language", "frontmatter-unclosed"].includes(EXPECTED[path]!.diagnostics?.[0]?.[0] ?? ""));
