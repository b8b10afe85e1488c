import { ItemView, setIcon, type WorkspaceLeaf } from "obsidian";
import { DashboardRenderer } from "../../render/dashboard/dashboard-renderer";
import { clear } from "../../render/dom";
import type { AtlasContext } from "../atlas-context";
import { toggleLabelLanguage } from "../toggle-language";
import { showCardMenu } from "./card-menu";
import { dashboardFilter } from "./dashboard-filter";
import { DASHBOARD_ICON, VIEW_TYPE_DASHBOARD } from "./dashboard-view-type";
import { refreshTabTitle } from "./tab-title";

/**
 * The dashboard pane. Cheap constructor (deferred views); everything is built in onOpen and torn
 * down in onClose. It listens to the index and the label language, never to the vault.
 */
export class DashboardView extends ItemView {
	private renderer: DashboardRenderer | null = null;
	private unsubscribers: (() => void)[] = [];

	constructor(
		leaf: WorkspaceLeaf,
		private readonly context: AtlasContext,
	) {
		super(leaf);
		this.navigation = false;
	}

	getViewType(): string {
		return VIEW_TYPE_DASHBOARD;
	}

	getDisplayText(): string {
		return this.context.language.i18n.t("dashboard.viewTitle");
	}

	getIcon(): string {
		return DASHBOARD_ICON;
	}

	async onOpen(): Promise<void> {
		const { context } = this;
		clear(this.contentEl);
		this.contentEl.classList.add("atlas-dashboard-view");
		const renderer = new DashboardRenderer(this.contentEl, {
			translator: context.language.i18n,
			// Read on every paint: after the entry tag setting changes, the re-index repaints with the new one.
			entryTag: () => context.settings.current().entryTag,
			collapsed: context.settings.current().collapsedStages,
			compileFilter: dashboardFilter(context),
			setIcon,
			callbacks: {
				openNote: (path, newTab) => void this.app.workspace.openLinkText(path, "", newTab),
				hoverNote: (path, event, targetEl) =>
					this.app.workspace.trigger("hover-link", { event, source: VIEW_TYPE_DASHBOARD, hoverParent: this, targetEl, linktext: path, sourcePath: "" }),
				toggleLanguage: () => void toggleLabelLanguage(context),
				refresh: () => void context.reindex(),
				cardMenu: (path, event) => void showCardMenu(context, path, event),
				collapseChange: (collapsed) => void context.settings.update({ collapsedStages: collapsed }),
				createEntry: () => context.actions.createEntry(),
			},
		});
		this.renderer = renderer;
		renderer.render(context.index.snapshot());
		this.unsubscribers.push(
			context.index.subscribe((change, snapshot) => renderer.update(change, snapshot)),
			context.language.subscribe(() => {
				renderer.setTranslator(context.language.i18n);
				refreshTabTitle(this.leaf);
			}),
		);
	}

	async onClose(): Promise<void> {
		for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
		this.renderer?.destroy();
		this.renderer = null;
		this.contentEl.classList.remove("atlas-dashboard-view");
	}
}
