import { join } from "node:path";
import { exportCatalogue } from "../../src/core/export/catalogue-export";
import type { CatalogueFormat } from "../../src/core/export/catalogue-options";
import { buildIndex } from "../../src/core/index/build-index";
import type { Language } from "../../src/core/stages/stage-vocabulary";
import { readVaultNotes } from "../../node/vault-files";
import { catalogueLabels } from "../../src/i18n/catalogue-labels";
import { translator } from "../../src/i18n/translator";

export const SAMPLE_VAULT = join(__dirname, "..", "..", "sample-vault");
export const HOSTILE_VAULT = join(__dirname, "..", "fixtures", "export", "hostile-vault");

export function exportVault(vault: string, format: CatalogueFormat, language: Language): string {
	const snapshot = buildIndex(readVaultNotes(vault)).snapshot();
	return exportCatalogue(format, snapshot, { language, labels: catalogueLabels(translator(language), "2026-11-27") });
}
