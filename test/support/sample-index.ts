import { resolve } from "node:path";
import { buildIndex } from "../../src/core/index/build-index";
import { readVaultNotes } from "../../node/vault-files";

export const SAMPLE_VAULT = resolve(__dirname, "..", "..", "sample-vault");

/** The bundled sample vault, indexed with default settings. */
export function sampleIndex() {
	return buildIndex(readVaultNotes(SAMPLE_VAULT), {});
}
