import type { AtlasContext, SettingSection } from "../atlas-context";
import type { SettingDefinitionRender } from "./setting-definitions";

/**
 * One section as one declarative row. Its search terms are the names and descriptions of the
 * settings it draws, read from a draft drawing into a detached element, so they never drift from
 * what the tab shows (stage labels included). The row itself is drawn by the same section code the
 * classic display() uses.
 */
export function sectionDefinition(section: SettingSection, context: AtlasContext, redraw: () => void): SettingDefinitionRender {
	const draft = createDiv();
	section(draft, context, () => undefined);
	const names = texts(draft, ".setting-item-name");
	const descriptions = texts(draft, ".setting-item-description");
	return {
		name: names[0] ?? "",
		aliases: [...names.slice(1), ...descriptions],
		render: (setting) => {
			const row = setting.settingEl;
			row.empty();
			row.addClass("atlas-settings-section");
			section(row, context, redraw);
		},
	};
}

function texts(root: HTMLElement, selector: string): string[] {
	return [...root.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? "").filter((text) => text !== "");
}
