import { Setting } from "obsidian";
import type FrameworkAtlasPlugin from "../main";
import type { SettingSection } from "../settings/setting-sections";
import { ExportCatalogueModal } from "./export-catalogue-modal";
import { ImportOutlineModal } from "./import-outline-modal";

/** Commands "Import outline note" (on the active markdown note) and "Export catalogue". */
export function registerImportExport(plugin: FrameworkAtlasPlugin): void {
	const { t } = plugin.language.i18n;
	plugin.addCommand({
		id: "import-outline",
		name: t("importExport.importCommand"),
		checkCallback: (checking) => {
			const file = plugin.app.workspace.getActiveFile();
			if (file === null || file.extension !== "md") return false;
			if (!checking) new ImportOutlineModal(plugin, file).open();
			return true;
		},
	});
	plugin.addCommand({
		id: "export-catalogue",
		name: t("importExport.exportCommand"),
		callback: () => new ExportCatalogueModal(plugin).open(),
	});
}

export const exportSettingsSection: SettingSection = (container, plugin) => {
	const { t } = plugin.language.i18n;
	new Setting(container)
		.setName(t("importExport.exportFolderName"))
		.setDesc(t("importExport.exportFolderDesc"))
		.addText((text) =>
			text.setValue(plugin.settings.exportFolder).onChange(async (value) => {
				plugin.settings.exportFolder = value.trim();
				await plugin.saveSettings();
			}),
		);
};
