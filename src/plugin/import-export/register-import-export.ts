import { Setting } from "obsidian";
import type { Feature, SettingSection } from "../atlas-context";
import { ExportCatalogueModal } from "./export-catalogue-modal";
import { ImportOutlineModal } from "./import-outline-modal";

const exportSettingsSection: SettingSection = (container, context) => {
	const { t } = context.language.i18n;
	new Setting(container)
		.setName(t("importExport.exportFolderName"))
		.setDesc(t("importExport.exportFolderDesc"))
		.addText((text) =>
			text.setValue(context.settings.current().exportFolder).onChange(async (value) => {
				await context.settings.update({ exportFolder: value.trim() });
			}),
		);
};

/** Commands "Import outline note" (on the active markdown note) and "Export catalogue", and the export folder setting. */
export const importExportFeature: Feature = {
	id: "import-export",
	register(plugin, context) {
		const { t } = context.language.i18n;
		plugin.addCommand({
			id: "import-outline",
			name: t("importExport.importCommand"),
			checkCallback: (checking) => {
				const file = context.app.workspace.getActiveFile();
				if (file === null || file.extension !== "md") return false;
				if (!checking) new ImportOutlineModal(context, file).open();
				return true;
			},
		});
		plugin.addCommand({
			id: "export-catalogue",
			name: t("importExport.exportCommand"),
			callback: () => new ExportCatalogueModal(context).open(),
		});
	},
	settingSection: exportSettingsSection,
};
