import type { StageGroup } from "../../core/index/index-snapshot";
import type { Translator } from "../../i18n/translator";
import { clear, el } from "../dom";
import { CARD_CLASS } from "../dashboard/entry-card";
import { asElement } from "../dashboard/event-targets";
import { StageSection } from "../dashboard/stage-section";
import { listenForStageDrops, moveByKey, type DashboardLayout } from "../dashboard/stage-moves";

export interface StagesBoardCallbacks {
	openNote(path: string, newTab: boolean): void;
	/** When absent, cards cannot be dragged (e.g. the stage comes from a property the edit does not write). */
	moveEntry?(path: string, stageId: string): void;
}

export interface StagesBoardOptions {
	translator: Translator;
	entryTag: string;
	layout: DashboardLayout;
	callbacks: StagesBoardCallbacks;
}

const CHUNK = 60;

/**
 * A base's results as the atlas shows them, without the dashboard's header: one section (or board
 * column) per stage in order, empty ones included, cards as on the dashboard. `render` re-syncs:
 * sections are kept while the stage list is the same, and unchanged cards keep their nodes.
 */
export class StagesBoard {
	readonly root: HTMLElement;
	private sections = new Map<string, StageSection>();
	private readonly collapsed = new Set<string>();
	private groups: StageGroup[] = [];
	private readonly cleanups: (() => void)[] = [];

	constructor(
		container: HTMLElement,
		private options: StagesBoardOptions,
	) {
		this.root = el(container, "div", { cls: ["atlas-dashboard", "atlas-bases-stages"] });
		this.listen();
	}

	/** New data, language or layout: redraws what changed. */
	render(groups: StageGroup[], options: Partial<StagesBoardOptions> = {}): void {
		const relabel = options.translator !== undefined && options.translator !== this.options.translator;
		this.options = { ...this.options, ...options };
		this.groups = groups;
		const sameStages = groups.length === this.sections.size && groups.every((g) => this.sections.has(g.stage.id));
		if (!sameStages || relabel) this.rebuild();
		this.root.classList.toggle("atlas-stages-board", this.options.layout === "board");
		this.root.classList.toggle("atlas-stages-list", this.options.layout === "list");
		const { t, language } = this.options.translator;
		const context = { translator: this.options.translator, entryTag: this.options.entryTag, draggable: this.options.callbacks.moveEntry !== undefined };
		const labels = { empty: t("dashboard.emptyStage"), showMore: (count: number) => t("dashboard.showMore", { count }) };
		for (const group of groups) {
			const section = this.sections.get(group.stage.id)!;
			const counts = section.sync(group, group.entries, context, labels);
			const label = group.stage.labels[language];
			section.setHeader(label, String(counts.total), t("dashboard.stageToggle", { label, count: counts.total }));
		}
	}

	destroy(): void {
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.root.remove();
	}

	private rebuild(): void {
		clear(this.root);
		this.sections.clear();
		for (const group of this.groups) this.sections.set(group.stage.id, new StageSection(this.root, group.stage.id, this.collapsed.has(group.stage.id), CHUNK));
	}

	private listen(): void {
		const on = <K extends keyof HTMLElementEventMap>(type: K, handler: (event: HTMLElementEventMap[K]) => void): void => {
			this.root.addEventListener(type, handler);
			this.cleanups.push(() => this.root.removeEventListener(type, handler));
		};
		const host = {
			stageOrder: () => this.groups.map((group) => group.stage.id),
			move: (path: string, stageId: string) => this.options.callbacks.moveEntry?.(path, stageId),
		};
		on("click", (event) => this.onClick(event));
		on("keydown", (event) => {
			const card = asElement(event.target)?.closest<HTMLElement>(`.${CARD_CLASS}`);
			if (!card) return;
			if (event.key === "Enter") {
				event.preventDefault();
				this.options.callbacks.openNote(card.dataset.path!, event.ctrlKey || event.metaKey);
			} else if (this.options.callbacks.moveEntry && moveByKey(card, event, host)) event.preventDefault();
		});
		listenForStageDrops(this.root, host, on);
	}

	private onClick(event: MouseEvent): void {
		const target = asElement(event.target);
		if (!target) return;
		const header = target.closest<HTMLElement>(".atlas-stage-header");
		if (header) {
			const section = this.sections.get(header.closest<HTMLElement>(".atlas-stage")?.dataset.stage ?? "");
			if (!section) return;
			section.setCollapsed(!section.collapsed);
			if (section.collapsed) this.collapsed.add(section.stageId);
			else this.collapsed.delete(section.stageId);
			this.render(this.groups);
			return;
		}
		const more = target.closest<HTMLElement>(".atlas-show-more");
		if (more) {
			const section = this.sections.get(more.closest<HTMLElement>(".atlas-stage")?.dataset.stage ?? "");
			const { t } = this.options.translator;
			section?.showMore({ translator: this.options.translator, entryTag: this.options.entryTag, draggable: this.options.callbacks.moveEntry !== undefined }, { empty: t("dashboard.emptyStage"), showMore: (count) => t("dashboard.showMore", { count }) });
			return;
		}
		if (target.closest("a.external-link")) return;
		const card = target.closest<HTMLElement>(`.${CARD_CLASS}`);
		if (!card?.dataset.path) return;
		event.preventDefault();
		this.options.callbacks.openNote(card.dataset.path, event.ctrlKey || event.metaKey);
	}
}
