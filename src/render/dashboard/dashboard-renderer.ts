import type { IndexChange, IndexSnapshot } from "../../core/index/index-snapshot";
import { StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { Translator } from "../../i18n/translator";
import { clear, el, whileDetached } from "../dom";
import { DashboardHeader, glyphIcon } from "./dashboard-header";
import type { DashboardCallbacks, DashboardOptions, FilterCompiler, FilterResult, LoadProgress } from "./dashboard-types";
import { renderEmptyState } from "./empty-state";
import type { CardContext } from "./entry-card";
import { filteredMonth, toggleMonthFilter } from "../../core/views/month-filter";
import { ActivityStrip } from "./activity-strip";
import { setCardSnippet } from "./card-snippet";
import { captureFocus, restoreFocus } from "./focus-memory";
import { delegateDashboardEvents } from "./dashboard-events";
import { IssuesSection } from "./issues-section";
import { LoadingStatus } from "./loading-status";
import { queryFilterCompiler } from "./query-filter-compiler";
import { StageSection, stageIdAt, type SectionLabels } from "./stage-section";
import { delegateStageMoves, type DashboardLayout } from "./stage-moves";

/**
 * Cards drawn per section before "show more" (and lazy loading on scroll) take over. A list section in a
 * wide tab lays its cards out several to a row; a board column one per row, so a screenful there (on a
 * laptop) is about eight: a board of six columns then builds a fifth of the list's cards. A taller pane
 * gets the next chunk a frame later, when the lazy loader sees the column's end.
 */
const DEFAULT_CHUNK: Record<DashboardLayout, number> = { list: 40, board: 8 };
const BUILT_IN_STAGES = new StageVocabulary();

/**
 * The dashboard as plain DOM: header, one section per stage, problems and warnings. No Obsidian
 * import, so the plugin view, jsdom tests and a bare Chromium page all run this same code.
 * `render` paints everything; `update` re-syncs after an index change, rebuilding only changed cards.
 */
export class DashboardRenderer {
	readonly root: HTMLElement;
	private translator: Translator;
	private readonly callbacks: DashboardCallbacks;
	private readonly compileFilter: FilterCompiler;
	private readonly collapsed: Set<string>;
	private layout: DashboardLayout;
	/** The card to focus once a keyboard move has redrawn it in its new stage. */
	private follow: { path: string; from: string } | null = null;
	private header!: DashboardHeader;
	private body!: HTMLElement;
	private emptyEl: HTMLElement | null = null;
	private readonly loadingStatus = new LoadingStatus();
	/** Non-null while the vault is first read: an empty index then means "not read yet", not "no entries". */
	private loading: LoadProgress | null = null;
	private noMatchesEl!: HTMLElement;
	private issues!: IssuesSection;
	private sections = new Map<string, StageSection>();
	private snapshot: IndexSnapshot | null = null;
	private query = "";
	private filter: FilterResult = { predicate: null, error: null };
	private observer: IntersectionObserver | null = null;
	private activity: ActivityStrip | null = null;
	private readonly cleanups: (() => void)[] = [];

	constructor(
		container: HTMLElement,
		private readonly options: DashboardOptions,
	) {
		this.translator = options.translator;
		this.callbacks = options.callbacks;
		this.compileFilter = options.compileFilter ?? queryFilterCompiler(() => BUILT_IN_STAGES, () => this.translator);
		this.collapsed = new Set(options.collapsed ?? []);
		this.layout = options.layout ?? "list";
		this.root = el(container, "div", { cls: "atlas-dashboard" });
		this.cleanups.push(
			delegateDashboardEvents(this.root, {
				openNote: (path, newTab) => this.callbacks.openNote(path, newTab),
				hoverNote: (path, event, target) => this.callbacks.hoverNote?.(path, event, target),
				...(this.callbacks.cardMenu ? { cardMenu: (path: string, event: MouseEvent) => this.callbacks.cardMenu?.(path, event) } : {}),
				toggleStage: (stageId) => {
					const section = this.sections.get(stageId);
					if (section) this.setStageCollapsed(stageId, !section.collapsed);
				},
				showMore: (stageId) => {
					const section = this.sections.get(stageId);
					if (section) this.showMore(section);
				},
			}),
		);
		if (this.callbacks.moveEntry) {
			this.cleanups.push(
				delegateStageMoves(this.root, {
					stageOrder: () => this.snapshot?.stages.map((group) => group.stage.id) ?? [],
					move: (path, stageId) => this.callbacks.moveEntry?.(path, stageId),
					beforeKeyMove: (path, from) => (this.follow = { path, from }),
					...(this.callbacks.undo ? { undo: () => this.callbacks.undo?.() } : {}),
				}),
			);
		}
	}

	/** Paints everything from scratch (first open, language switch, index reset). */
	render(snapshot: IndexSnapshot): void {
		const focus = captureFocus(this.root, this.header);
		whileDetached(this.root, () => this.paint(snapshot));
		restoreFocus(focus, this.header, this.sections.values());
	}

	private paint(snapshot: IndexSnapshot): void {
		this.snapshot = snapshot;
		this.observer?.disconnect();
		const limits = new Map([...this.sections].map(([stage, section]) => [stage, section.drawLimit]));
		clear(this.root);
		this.sections.clear();
		this.emptyEl = null;
		this.header = new DashboardHeader(this.root, this.options.setIcon ?? glyphIcon, {
			onFilter: (query) => this.setFilter(query),
			onToggleLanguage: () => this.callbacks.toggleLanguage(),
			onRefresh: () => this.callbacks.refresh(),
			...(this.callbacks.refreshFacts ? { onRefreshFacts: () => this.callbacks.refreshFacts?.() } : {}),
			onToggleAll: () => this.toggleAll(),
			...(this.callbacks.createEntry ? { onCreateEntry: () => this.callbacks.createEntry?.() } : {}),
			...(this.callbacks.layoutChange ? { onToggleLayout: () => this.setLayout(this.layout === "board" ? "list" : "board") } : {}),
		});
		this.header.setLanguage(this.translator);
		this.header.setLayout(this.layout, this.translator);
		this.header.filterInput.value = this.query;
		this.activity = this.options.activity?.shown() ? new ActivityStrip(this.header.element, (month) => this.setFilter(toggleMonthFilter(this.query, month))) : null;
		this.body = el(this.root, "div", { cls: ["atlas-dashboard-body", `atlas-layout-${this.layout}`] });
		this.noMatchesEl = el(this.body, "div", { cls: "atlas-no-matches", text: this.translator.t("dashboard.noMatches") });
		for (const group of snapshot.stages) {
			const section = new StageSection(this.body, group.stage.id, this.collapsed.has(group.stage.id), this.chunkSize(), limits.get(group.stage.id));
			this.sections.set(group.stage.id, section);
		}
		this.issues = new IssuesSection(this.root);
		this.sync();
	}

	/** Applies an index change. Unchanged cards keep their DOM nodes; a reset or a new stage list repaints. */
	update(change: IndexChange, snapshot: IndexSnapshot): void {
		const sameStages = this.snapshot !== null && snapshot.stages.length === this.sections.size && snapshot.stages.every((g) => this.sections.has(g.stage.id));
		if (change.type === "reset" || !sameStages) {
			this.render(snapshot);
			return;
		}
		this.snapshot = snapshot;
		this.sync();
	}

	setTranslator(translator: Translator): void {
		this.translator = translator;
		// The filter's error is phrased in the language: compile it again.
		if (this.query.trim() !== "") this.filter = this.compileFilter(this.query);
		if (this.snapshot) this.render(this.snapshot);
	}

	/** Sets the filter box text (also what typing in it does). */
	setFilter(query: string): void {
		this.query = query;
		this.filter = query.trim() === "" ? { predicate: null, error: null } : this.compileFilter(query);
		if (this.header && this.header.filterInput.value !== query) this.header.filterInput.value = query;
		this.sync();
	}

	/** Switches List / Board; cards keep their DOM nodes, the body's layout class and the chunk size change. */
	setLayout(layout: DashboardLayout): void {
		if (layout === this.layout) return;
		this.layout = layout;
		for (const section of this.sections.values()) section.setChunkSize(this.chunkSize());
		if (this.header) {
			this.body.classList.toggle("atlas-layout-board", layout === "board");
			this.body.classList.toggle("atlas-layout-list", layout === "list");
			this.header.setLayout(layout, this.translator);
			this.sync();
		}
		this.callbacks.layoutChange?.(layout);
	}

	private chunkSize(): number {
		return Math.max(1, this.options.chunkSize ?? DEFAULT_CHUNK[this.layout]);
	}

	setStageCollapsed(stageId: string, collapsed: boolean): void {
		if (collapsed) this.collapsed.add(stageId);
		else this.collapsed.delete(stageId);
		this.sections.get(stageId)?.setCollapsed(collapsed);
		this.callbacks.collapseChange([...this.collapsed]);
		this.sync();
	}

	destroy(): void {
		this.observer?.disconnect();
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.root.remove();
	}

	private toggleAll(): void {
		if (!this.snapshot) return;
		const collapse = !this.allCollapsed();
		for (const group of this.snapshot.stages) {
			if (collapse) this.collapsed.add(group.stage.id);
			else this.collapsed.delete(group.stage.id);
			this.sections.get(group.stage.id)?.setCollapsed(collapse);
		}
		this.callbacks.collapseChange([...this.collapsed]);
		this.sync();
	}

	private allCollapsed(): boolean {
		return [...this.sections.values()].every((section) => section.collapsed);
	}

	private sync(): void {
		const snapshot = this.snapshot;
		if (!snapshot || !this.header) return;
		const { t, language } = this.translator;
		const context = this.cardContext();
		const labels = this.sectionLabels();
		const predicate = this.filter.predicate;
		let shown = 0;
		for (const group of snapshot.stages) {
			const section = this.sections.get(group.stage.id)!;
			const rows = predicate ? group.entries.filter((placed) => predicate(placed.entry)) : group.entries;
			const counts = section.sync(group, rows, context, labels);
			this.decorate(section);
			shown += counts.shown;
			const count = predicate ? t("dashboard.filteredCount", { shown: counts.shown, total: counts.total }) : String(counts.total);
			const label = group.stage.labels[language];
			section.setHeader(label, count, t("dashboard.stageToggle", { label, count }));
			section.element.classList.toggle("is-filtered-out", predicate !== null && counts.shown === 0);
			this.observeMore(section);
		}
		const total = snapshot.entryCount;
		const totalText = t("dashboard.entryCount", { count: total });
		this.header.setCount(predicate ? t("dashboard.filteredCount", { shown, total: totalText }) : totalText, predicate !== null);
		this.header.setError(this.filter.error);
		this.header.setToggleAll(this.allCollapsed(), this.translator);
		this.noMatchesEl.hidden = !(predicate !== null && shown === 0 && total > 0);
		this.syncEmptyState(snapshot, context);
		this.issues.sync(snapshot, this.translator, context.facts);
		if (this.activity && this.options.activity) this.activity.update(snapshot, this.options.activity.now(), this.translator, filteredMonth(this.query));
		this.focusFollowed();
	}

	/** After Alt+←/→ the moved card keeps the focus in its new column. */
	private focusFollowed(): void {
		const follow = this.follow;
		if (follow === null || !this.snapshot) return;
		const stage = this.snapshot.stages.find((group) => group.entries.some((placed) => placed.entry.path === follow.path));
		// Still in its old stage: the move has not landed (or failed); keep the focus where it is.
		if (!stage || stage.stage.id === follow.from) return;
		const section = this.sections.get(stage.stage.id);
		this.follow = null;
		if (!section) return;
		// It may land past the column's drawn cards (a board column draws only its first few): draw down to it.
		const card = section.reveal(follow.path, this.cardContext(), this.sectionLabels());
		this.decorate(section);
		this.observeMore(section);
		if (!card) return;
		card.focus();
		card.scrollIntoView?.({ block: "nearest", inline: "nearest" });
	}

	/** Cards of entries the filter matched through their note text show where. */
	private decorate(section: StageSection): void {
		const snippetOf = this.filter.predicate ? this.filter.snippet : undefined;
		const label = this.translator.t("dashboard.snippetLabel");
		section.forEachCard((entry, element) => setCardSnippet(element, snippetOf?.(entry) ?? null, label));
	}

	private cardContext(): CardContext {
		const { entryTag } = this.options;
		const facts = this.options.facts?.();
		return { translator: this.translator, entryTag: typeof entryTag === "function" ? entryTag() : entryTag, draggable: this.callbacks.moveEntry !== undefined, ...(facts ? { facts } : {}) };
	}

	/** How far the first reading of the vault is; null once the index holds the vault. */
	setLoading(progress: LoadProgress | null): void {
		this.loading = progress;
		if (this.snapshot) this.syncEmptyState(this.snapshot, this.cardContext());
	}

	/** The facts changed (a refresh, the stale setting): the filter may match other entries, every card shows new numbers. */
	factsChanged(): void {
		if (this.query.trim() !== "") this.filter = this.compileFilter(this.query);
		if (this.snapshot) this.render(this.snapshot);
	}

	private syncEmptyState(snapshot: IndexSnapshot, context: CardContext): void {
		const waiting = snapshot.entryCount === 0 && this.loading !== null;
		const empty = snapshot.entryCount === 0 && !waiting;
		this.body.classList.toggle("is-empty", empty);
		this.body.classList.toggle("is-loading", waiting);
		for (const section of this.sections.values()) section.element.hidden = empty || waiting;
		this.loadingStatus.sync(this.body, waiting ? this.loading : null, this.translator);
		if (empty && !this.emptyEl) this.emptyEl = renderEmptyState(this.body, this.translator, context.entryTag, snapshot.stages, this.callbacks.createEntry?.bind(this.callbacks));
		if (!empty && this.emptyEl) {
			this.emptyEl.remove();
			this.emptyEl = null;
		}
	}

	private sectionLabels(): SectionLabels {
		const { t } = this.translator;
		return { empty: t("dashboard.emptyStage"), showMore: (count) => t("dashboard.showMore", { count }) };
	}

	/** Long sections draw their next chunk when "show more" scrolls into view (where IntersectionObserver exists). */
	private observeMore(section: StageSection): void {
		const view = this.root.ownerDocument.defaultView;
		if (!view || typeof view.IntersectionObserver !== "function") return;
		this.observer ??= new view.IntersectionObserver((records) => {
			for (const record of records) {
				if (!record.isIntersecting) continue;
				const stageId = stageIdAt(record.target);
				const target = stageId === undefined ? undefined : this.sections.get(stageId);
				if (target && !target.more.hidden) this.showMore(target);
			}
		});
		if (section.more.hidden) this.observer.unobserve(section.more);
		else this.observer.observe(section.more);
	}

	private showMore(section: StageSection): void {
		section.showMore(this.cardContext(), this.sectionLabels());
		this.decorate(section);
		this.observeMore(section);
	}
}
