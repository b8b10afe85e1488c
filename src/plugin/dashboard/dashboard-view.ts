import { ItemView, setIcon, type WorkspaceLeaf } from "obsidian";
import { DashboardRenderer } from "../../render/dashboard/dashboard-renderer";
import { clear } from "../../render/dom";
import type FrameworkAtlasPlugin from "../main";
import { toggleLabelLanguage } from "../toggle-language";
import { hasAtlasCommand, runAtlasCommand } from "./atlas-commands";
import { showCardMenu } from "./card-menu";
import { dashboardFilter } from "./dashboard-filter";
import { DASHBOARD_ICON, VIEW_TYPE_DASHBOARD } from "./dashboard-view-type";

/**
 * The dashboard pane. Cheap constructor (deferred views); everything is built in onOpen and torn
 * down in onClose. It listens to the index and the label language, never to the vault.
 */
export class DashboardView extends ItemView {
	private renderer: DashboardRenderer | null = null;
	private unsubscribers: (() => void)[] = [];

	constructor(
		leaf: WorkspaceLeaf,
		private readonly plugin: FrameworkAtlasPlugin,
	) {
		super(leaf);
		this.navigation = false;
	}

	getViewType(): string {
		return VIEW_TYPE_DASHBOARD;
	}

	getDisplayText(): string {
		return this.plugin.language.i18n.t("dashboard.viewTitle");
	}

	getIcon(): string {
		return DASHBOARD_ICON;
	}

	async onOpen(): Promise<void> {
		const { plugin } = this;
		clear(this.contentEl);
		this.contentEl.classList.add("atlas-dashboard-view");
		const renderer = new DashboardRenderer(this.contentEl, {
			translator: plugin.language.i18n,
			// Read on every paint: after the entry tag setting changes, the re-index repaints with the new one.
			entryTag: () => plugin.settings.entryTag,
			collapsed: plugin.settings.collapsedStages,
			compileFilter: dashboardFilter(plugin),
			setIcon,
			activity: { shown: () => plugin.settings.showActivityStrip, now: () => new Date() },
			callbacks: {
				openNote: (path, newTab) => void this.app.workspace.openLinkText(path, "", newTab),
				hoverNote: (path, event, targetEl) =>
					this.app.workspace.trigger("hover-link", { event, source: VIEW_TYPE_DASHBOARD, hoverParent: this, targetEl, linktext: path, sourcePath: "" }),
				toggleLanguage: () => void toggleLabelLanguage(plugin),
				refresh: () => void plugin.reindex(),
				cardMenu: (path, event) => void showCardMenu(plugin, path, event),
				collapseChange: (collapsed) => {
					plugin.settings.collapsedStages = collapsed;
					void plugin.saveSettings();
				},
				...(hasAtlasCommand(this.app, "new-entry") ? { createEntry: () => void runAtlasCommand(this.app, "new-entry") } : {}),
			},
		});
		this.renderer = renderer;
		renderer.render(plugin.index.snapshot());
		this.unsubscribers.push(
			plugin.index.subscribe((change, snapshot) => renderer.update(change, snapshot)),
			plugin.language.subscribe(() => renderer.setTranslator(plugin.language.i18n)),
		);
	}

	/** Paints again with the current settings (the activity strip was switched on or off). */
	repaint(): void {
		this.renderer?.render(this.plugin.index.snapshot());
	}

	async onClose(): Promise<void> {
		for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
		this.renderer?.destroy();
		this.renderer = null;
		this.contentEl.classList.remove("atlas-dashboard-view");
	}
}
