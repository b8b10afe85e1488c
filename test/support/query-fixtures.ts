import { resolve } from "node:path";
import { buildIndex } from "../../src/core/index/build-index";
import { readVaultNotes } from "../../node/vault-files";

export const QUERY_FIXTURE_VAULT = resolve(__dirname, "..", "fixtures", "query");

/** test/fixtures/query: three entries with dates around midnight, date-only sources, CJK and full-width text. */
export function queryFixtureIndex() {
	return buildIndex(readVaultNotes(QUERY_FIXTURE_VAULT), {});
}
