import { resolve } from "node:path";
import { buildIndex } from "../../src/core/index/build-index";
import { readVaultNotes } from "../../node/vault-files";
import type { AtlasIndex } from "../../src/core/index/atlas-index";
import { parseQuery } from "../../src/core/query/parse-query";
import type { Query } from "../../src/core/query/query-types";
import { runQuery, type QueryResult } from "../../src/core/query/run-query";

export const VIEWS_FIXTURE_VAULT = resolve(__dirname, "..", "fixtures", "views");

/** test/fixtures/views: bodies with fenced code, inline code, URLs, body tags and dated lines at month edges. */
export function viewsFixtureIndex(): AtlasIndex {
	return buildIndex(readVaultNotes(VIEWS_FIXTURE_VAULT), {});
}

export function parsed(index: AtlasIndex, text: string): Query {
	const result = parseQuery(text, index.parseOptions().vocabulary);
	if (!result.ok) throw new Error(`${text}: ${result.error.code}`);
	return result.query;
}

export function run(index: AtlasIndex, text: string): QueryResult {
	return runQuery(parsed(index, text), index.snapshot());
}

export const names = (result: QueryResult): string[] => result.entries.map((e) => e.name).sort();
