/** Text generators shared by the properties: every Unicode category, YAML- and Markdown-looking pieces. */
import fc from "fast-check";

/** Any code point, surrogates and controls included: fast-check's full-Unicode and binary units mixed. */
export const anyText = (maxLength = 40): fc.Arbitrary<string> =>
	fc.oneof(fc.string({ unit: "binary", maxLength }), fc.string({ unit: "grapheme", maxLength }), fc.string({ maxLength }));

/** Characters that mean something to YAML, Markdown or a terminal, to be mixed into real words. */
const SPECIAL = [
	":", ": ", " #", "#", "-", "- ", "---", "...", "?", "&", "*", "!", "|", ">", "%", "@", "`", "'", '"', "[", "]", "{", "}", ",",
	"\\", "\t", "\r", "\n", "\r\n", "\u0000", "\u001b[31m", "\u0085", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff", "\ud800",
	"\u200b", "\u00a0", "\u3000", "：", "，", "“", "”", "「", "」", "<<", "~", "null", "true", "yes", "no", "on", "1e3", "0x1F",
	".inf", "-.nan", "12:30", "2025-07-02", "__proto__", "constructor", "{{x}}", "$t(x)", "<script>", "[[x]]", "javascript:",
];
const WORDS = ["veRL", "OpenRLHF", "强化学习", "框架", "部署", "GRPO", "rl", "deploy", "framework", "name", "tags", "a b", "x", "é", "😀", "𝒳", "ﬁ", "Ω"];

/** Text assembled from words and YAML/Markdown specials: far likelier to hit edge cases than uniform noise. */
export const trickyText = (maxPieces = 8): fc.Arbitrary<string> =>
	fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.constantFrom(...WORDS), anyText(6)), { maxLength: maxPieces }).map((parts) => parts.join(""));

/** Text without line breaks (a heading, a list item, a query line). */
export const lineText = (maxPieces = 8): fc.Arbitrary<string> => trickyText(maxPieces).map((t) => t.replace(/[\r\n]/g, " "));
