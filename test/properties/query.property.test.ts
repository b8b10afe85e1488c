/**
 * The query language over any string: parseQuery never throws, answers a query or an error with a
 * position inside the text, `explain` and the matcher never throw on what it accepts, and nesting
 * past the bound is the too-deep error, never a stack overflow.
 */
import fc from "fast-check";
import { buildIndex } from "../../src/core/index/build-index";
import { MAX_QUERY_DEPTH, parseQuery } from "../../src/core/query/parse-query";
import { runQuery } from "../../src/core/query/run-query";
import { describeQueryError } from "../../src/i18n/query/describe-query-error";
import { explainQuery } from "../../src/i18n/query/explain-query";
import { translator } from "../../src/i18n/translator";
import { readVaultNotes } from "../../node/vault-files";
import { SAMPLE_VAULT } from "../support/run-cli-capture";
import { PROPERTY_TIMEOUT, runs } from "./support/runs";
import { anyText } from "./support/text-arbitraries";

jest.setTimeout(PROPERTY_TIMEOUT);

const index = buildIndex(readVaultNotes(SAMPLE_VAULT));
const vocabulary = index.parseOptions().vocabulary;
const snapshot = index.snapshot();
const languages = [translator("en"), translator("zh")];

const PIECES = ["(", ")", "-", " ", "OR", "AND", "或", "且", "\n", "explain", '"', "“", "”", "「", "」", ":", "：", "#", "#rl", "#rl/grpo", "stage:", "stage:rl,deploy", "阶段:强化学习", "is:starred", "has:repo", "based:veRL", "repo:x", "after:2025-06-01", "before:2025-13-40", "sort:-date", "limit:3", "group:none", "view:cards", "veRL", "\u0000", "\r"];
const queryText = fc.oneof(anyText(60), fc.array(fc.oneof(fc.constantFrom(...PIECES), anyText(3)), { maxLength: 30 }).map((p) => p.join("")));

function check(text: string): void {
	const parsed = parseQuery(text, vocabulary);
	if (!parsed.ok) {
		const lines = text.split(/\r?\n/);
		expect(parsed.error.line).toBeGreaterThanOrEqual(1);
		expect(parsed.error.line).toBeLessThanOrEqual(lines.length);
		expect(parsed.error.column).toBeGreaterThanOrEqual(1);
		expect(parsed.error.column).toBeLessThanOrEqual(lines[parsed.error.line - 1]!.length + 1);
		for (const i18n of languages) expect(describeQueryError(parsed.error, i18n)).not.toMatch(/query\.(errors|hints)\.|{{/);
		return;
	}
	const result = runQuery(parsed.query, snapshot);
	for (const i18n of languages) expect(explainQuery(parsed.query, vocabulary, i18n, result.total)).toContain("\n");
}

describe("parseQuery, explain and the matcher", () => {
	it("never throw, and every error points inside the text", () => {
		fc.assert(fc.property(queryText, check), runs(400));
	});

	it("any nesting past the bound is the too-deep error at the first level too many", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom("(", "-"), { minLength: MAX_QUERY_DEPTH + 1, maxLength: 3000 }), (openers) => {
				const closers = openers.filter((o) => o === "(").map(() => ")").join("");
				const text = `${openers.join("")}#rl${closers}`;
				const parsed = parseQuery(text, vocabulary);
				expect(parsed.ok).toBe(false);
				if (!parsed.ok) expect({ code: parsed.error.code, column: parsed.error.column }).toEqual({ code: "too-deep", column: MAX_QUERY_DEPTH + 1 });
			}),
			runs(100),
		);
	});
});
