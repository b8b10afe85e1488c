import { Modal, Notice, Setting, normalizePath } from "obsidian";
import { exportCatalogue } from "../../core/export/catalogue-export";
import type { CatalogueFormat } from "../../core/export/catalogue-options";
import { uniqueFilePath } from "../../core/export/unique-name";
import { catalogueLabels, localDateText } from "../../i18n/catalogue-labels";
import { describeDiagnostic } from "../../i18n/describe-diagnostic";
import { clear } from "../../render/dom";
import type { AtlasContext } from "../atlas-context";
import { ensureFolder, pathExists } from "../vault-note-creator";

const FORMAT_KEYS: Record<CatalogueFormat, string> = {
	md: "importExport.formatMd",
	json: "importExport.formatJson",
	html: "importExport.formatHtml",
};

/** Picks a format and writes the catalogue into the export folder under a new, unused name. */
export class ExportCatalogueModal extends Modal {
	private format: CatalogueFormat = "md";

	constructor(private readonly context: AtlasContext) {
		super(context.app);
	}

	onOpen(): void {
		const { t } = this.context.language.i18n;
		this.setTitle(t("importExport.exportTitle"));
		new Setting(this.contentEl)
			.setName(t("importExport.formatName"))
			.setDesc(t("importExport.formatDesc", { folder: this.folder() || "/" }))
			.addDropdown((dropdown) => {
				for (const [format, key] of Object.entries(FORMAT_KEYS)) dropdown.addOption(format, t(key));
				dropdown.setValue(this.format).onChange((value) => (this.format = value as CatalogueFormat));
			});
		new Setting(this.contentEl).addButton((button) => button.setButtonText(t("importExport.exportButton")).setCta().onClick(() => void this.export()));
	}

	onClose(): void {
		clear(this.contentEl);
	}

	/** Public for tests: what the Export button does. Returns the written path, or null on failure. */
	async export(format: CatalogueFormat = this.format): Promise<string | null> {
		const { i18n } = this.context.language;
		const date = localDateText(this.context.now());
		const text = exportCatalogue(format, this.context.index.snapshot(), {
			language: i18n.language,
			labels: catalogueLabels(i18n, date),
			describe: (d) => describeDiagnostic(d, i18n),
		});
		try {
			const folder = this.folder();
			await ensureFolder(this.app, folder);
			const base = i18n.t("importExport.catalogueFileName", { date });
			const path = await this.createUnique(folder, base, format, text);
			new Notice(i18n.t("importExport.exported", { path }));
			this.close();
			return path;
		} catch (error) {
			new Notice(i18n.t("importExport.exportFailed", { error: error instanceof Error ? error.message : String(error) }));
			return null;
		}
	}

	private folder(): string {
		const folder = normalizePath(this.context.settings.current().exportFolder.trim() || "/");
		return folder === "/" ? "" : folder;
	}

	/** `vault.create` refuses an existing path; if another file took the name meanwhile, try the next one. */
	private async createUnique(folder: string, base: string, extension: string, text: string): Promise<string> {
		for (let attempt = 0; ; attempt++) {
			const path = normalizePath(uniqueFilePath(folder, base, extension, (p) => pathExists(this.app, p)));
			try {
				await this.app.vault.create(path, text);
				return path;
			} catch (error) {
				if (!pathExists(this.app, path) || attempt >= 3) throw error;
			}
		}
	}
}
