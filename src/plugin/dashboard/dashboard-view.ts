import { ItemView, setIcon, type WorkspaceLeaf } from "obsidian";
import { DashboardRenderer } from "../../render/dashboard/dashboard-renderer";
import { clear } from "../../render/dom";
import type { AtlasContext } from "../atlas-context";
import { toggleLabelLanguage } from "../toggle-language";
import { stageMover } from "../board/stage-mover";
import { showCardMenu } from "./card-menu";
import { dashboardFilter } from "./dashboard-filter";
import { DASHBOARD_ICON, VIEW_TYPE_DASHBOARD } from "./dashboard-view-type";
import { factsDisplay } from "../repo-facts/facts-display";
import { refreshAll } from "../repo-facts/register-repo-facts";
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
			layout: context.settings.current().dashboardLayout,
			compileFilter: dashboardFilter(context),
			facts: () => factsDisplay(context),
			setIcon,
			activity: { shown: () => context.settings.current().showActivityStrip, now: context.now },
			callbacks: {
				openNote: (path, newTab) => void this.app.workspace.openLinkText(path, "", newTab),
				hoverNote: (path, event, targetEl) =>
					this.app.workspace.trigger("hover-link", { event, source: VIEW_TYPE_DASHBOARD, hoverParent: this, targetEl, linktext: path, sourcePath: "" }),
				toggleLanguage: () => void toggleLabelLanguage(context),
				refresh: () => void context.reindex(),
				refreshFacts: () => void refreshAll(context),
				cardMenu: (path, event) => void showCardMenu(context, path, event),
				collapseChange: (collapsed) => void context.settings.update({ collapsedStages: collapsed }),
				layoutChange: (layout) => void context.settings.update({ dashboardLayout: layout }),
				moveEntry: (path, stageId) => void stageMover(context).move(path, stageId),
				undo: () => void stageMover(context).undo(),
				createEntry: () => context.actions.createEntry(),
			},
		});
		this.renderer = renderer;
		renderer.setLoading(context.loading.current());
		renderer.render(context.index.snapshot());
		this.unsubscribers.push(
			context.loading.subscribe((progress) => renderer.setLoading(progress)),
			context.index.subscribe((change, snapshot) => renderer.update(change, snapshot)),
			context.language.subscribe(() => {
				renderer.setTranslator(context.language.i18n);
				refreshTabTitle(this.leaf);
			}),
			context.facts.subscribe(() => renderer.factsChanged()),
			// The activity strip is drawn in the header: switching it on or off repaints.
			context.settings.subscribe((_settings, changed) => {
				if (changed.has("showActivityStrip")) renderer.render(context.index.snapshot());
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
