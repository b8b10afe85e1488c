import type { PlacedEntry, StageGroup } from "../../core/index/index-snapshot";
import type { Entry } from "../../core/model/entry";
import { el } from "../dom";
import { renderCard, type CardContext } from "./entry-card";
import { asElement } from "./event-targets";

/** The section's classes, for the delegated event handlers, keyboard navigation and the lazy loader. */
export const STAGE_CLASS = "atlas-stage";
export const STAGE_HEADER_CLASS = "atlas-stage-header";
export const SHOW_MORE_CLASS = "atlas-show-more";
const CARD_GRID_CLASS = "atlas-card-grid";

/**
 * Cards per grid box. A section's cards sit in consecutive grids of this many rather than one grid:
 * Chromium lays a grid out as a whole, so a card taking its drawn height while scrolling (content
 * visibility) re-laid every card of a long stage, 50–150 ms a frame at 2,000 entries. A box of 40 keeps
 * that to the box; the boxes share the column template, so the reader sees one grid.
 */
const CARDS_PER_GRID = 40;

/** The stage id of the section an event target sits in. */
export function stageIdAt(target: EventTarget | null): string | undefined {
	return asElement(target)?.closest<HTMLElement>(`.${STAGE_CLASS}`)?.dataset.stage;
}

interface DrawnCard {
	entry: Entry;
	depth: number;
	element: HTMLElement;
}

export interface SectionCounts {
	shown: number;
	total: number;
}

/**
 * One stage: a header button (label, count, collapse) and its cards. Cards are drawn lazily: none
 * while collapsed, then `chunkSize` at a time. `sync` reuses every card whose entry object and depth
 * are unchanged, so an index change redraws only the cards it touched.
 */
export class StageSection {
	readonly element: HTMLElement;
	readonly header: HTMLButtonElement;
	readonly list: HTMLElement;
	readonly more: HTMLButtonElement;
	private readonly labelEl: HTMLElement;
	private readonly countEl: HTMLElement;
	private readonly emptyEl: HTMLElement;
	private cards = new Map<string, DrawnCard>();
	private rows: PlacedEntry[] = [];
	private limit: number;
	collapsed: boolean;

	constructor(
		parent: HTMLElement,
		readonly stageId: string,
		collapsed: boolean,
		private chunkSize: number,
		/** How many cards to draw at most; a repaint passes the old section's, so the reader keeps their place. */
		limit = chunkSize,
	) {
		this.collapsed = collapsed;
		this.limit = Math.max(chunkSize, limit);
		this.element = el(parent, "section", { cls: STAGE_CLASS, attr: { "data-stage": stageId } });
		const listId = `atlas-stage-${stageId.replace(/[^\w-]/g, "_")}-${Math.random().toString(36).slice(2, 8)}`;
		this.header = el(this.element, "button", { cls: STAGE_HEADER_CLASS, attr: { type: "button", "aria-controls": listId } });
		el(this.header, "span", { cls: "atlas-stage-chevron", attr: { "aria-hidden": "true" } });
		this.labelEl = el(this.header, "span", { cls: "atlas-stage-label" });
		this.countEl = el(this.header, "span", { cls: "atlas-stage-count" });
		this.list = el(this.element, "div", { cls: "atlas-stage-cards", attr: { role: "list", id: listId } });
		this.emptyEl = el(this.element, "div", { cls: "atlas-stage-empty" });
		this.more = el(this.element, "button", { cls: SHOW_MORE_CLASS, attr: { type: "button" } });
		this.more.hidden = true;
		this.applyCollapsed();
	}

	/** Cards drawn at most (grows by a chunk with each "show more"). */
	get drawLimit(): number {
		return this.limit;
	}

	setCollapsed(collapsed: boolean): void {
		this.collapsed = collapsed;
		this.limit = this.chunkSize;
		this.applyCollapsed();
	}

	/** How many cards a "show more" adds (the layout's chunk); the cards drawn so far stay. */
	setChunkSize(size: number): void {
		this.chunkSize = size;
	}

	/** Draws the next chunk of cards (the "show more" button, or the lazy loader when it scrolls into view). */
	showMore(context: CardContext, labels: SectionLabels): void {
		this.limit += this.chunkSize;
		this.draw(context, labels);
	}

	/** Draws the cards down to `path` if it is further down than the drawn ones; its card, unless filtered out or collapsed. */
	reveal(path: string, context: CardContext, labels: SectionLabels): HTMLElement | undefined {
		const at = this.rows.findIndex((placed) => placed.entry.path === path);
		if (at >= this.limit) {
			this.limit = at + 1;
			this.draw(context, labels);
		}
		return this.card(path);
	}

	/** Brings the section in line with the stage's entries (already filtered). */
	sync(group: StageGroup, rows: PlacedEntry[], context: CardContext, labels: SectionLabels): SectionCounts {
		this.rows = rows;
		this.draw(context, labels);
		return { shown: rows.length, total: group.entries.length };
	}

	/** Writes label and count only when they differ, so an unrelated update leaves the header untouched. */
	setHeader(label: string, count: string, accessibleName: string): void {
		if (this.labelEl.textContent !== label) this.labelEl.textContent = label;
		if (this.countEl.textContent !== count) this.countEl.textContent = count;
		if (this.header.getAttribute("aria-label") !== accessibleName) this.header.setAttribute("aria-label", accessibleName);
	}

	/** Every drawn card with its entry, in no particular order. */
	forEachCard(visit: (entry: Entry, element: HTMLElement) => void): void {
		for (const drawn of this.cards.values()) visit(drawn.entry, drawn.element);
	}

	/** The card element of a path, if drawn. */
	card(path: string): HTMLElement | undefined {
		return this.cards.get(path)?.element;
	}

	private applyCollapsed(): void {
		this.element.classList.toggle("is-collapsed", this.collapsed);
		this.header.setAttribute("aria-expanded", String(!this.collapsed));
		this.list.hidden = this.collapsed;
	}

	private draw(context: CardContext, labels: SectionLabels): void {
		const wanted = this.collapsed ? [] : this.rows.slice(0, this.limit);
		this.reconcile(wanted, context);
		const remaining = this.collapsed ? 0 : this.rows.length - wanted.length;
		this.more.hidden = remaining <= 0;
		if (remaining > 0) this.more.textContent = labels.showMore(Math.min(remaining, this.chunkSize));
		this.emptyEl.hidden = this.collapsed || this.rows.length > 0;
		if (!this.emptyEl.hidden) this.emptyEl.textContent = labels.empty;
	}

	/** Keyed by path: unchanged cards keep their DOM node (and focus); only changed ones are rebuilt or moved. */
	private reconcile(wanted: PlacedEntry[], context: CardContext): void {
		const focused = this.list.ownerDocument.activeElement;
		const next = new Map<string, DrawnCard>();
		const grids = this.gridBoxes(Math.ceil(wanted.length / CARDS_PER_GRID));
		let refocus: HTMLElement | null = null;
		for (const [box, grid] of grids.entries()) {
			// Cards left after the cursor belong to a later box (which pulls them in) or are gone (swept below).
			let cursor = grid.firstChild;
			for (const placed of wanted.slice(box * CARDS_PER_GRID, (box + 1) * CARDS_PER_GRID)) {
				const path = placed.entry.path;
				let drawn = this.cards.get(path);
				if (!drawn || drawn.entry !== placed.entry || drawn.depth !== placed.depth) {
					const element = renderCard(grid, placed, context);
					if (drawn && focused === drawn.element) refocus = element;
					if (drawn && drawn.element === cursor) cursor = cursor.nextSibling;
					drawn?.element.remove();
					drawn = { entry: placed.entry, depth: placed.depth, element };
				}
				next.set(path, drawn);
				if (drawn.element === cursor) cursor = cursor.nextSibling;
				else grid.insertBefore(drawn.element, cursor);
			}
		}
		for (const [path, drawn] of this.cards) if (next.get(path) !== drawn) drawn.element.remove();
		for (const extra of Array.from(this.list.children).slice(grids.length)) extra.remove();
		this.cards = next;
		if (refocus) refocus.focus();
		// A card moved into the next box was taken out of the page for a moment, which drops its focus.
		else if (focused && focused !== this.list.ownerDocument.activeElement) this.drawnElement(focused)?.focus({ preventScroll: true });
	}

	private drawnElement(node: Element): HTMLElement | undefined {
		for (const drawn of this.cards.values()) if (drawn.element === node) return drawn.element;
		return undefined;
	}

	/** The first `count` grid boxes, made as needed (boxes past them are removed once emptied). */
	private gridBoxes(count: number): HTMLElement[] {
		const boxes = Array.from(this.list.children).slice(0, count) as HTMLElement[];
		while (boxes.length < count) boxes.push(el(this.list, "div", { cls: CARD_GRID_CLASS, attr: { role: "none" } }));
		return boxes;
	}

	/** Full redraw (language change): forget every card. */
	forgetCards(): void {
		for (const drawn of this.cards.values()) drawn.element.remove();
		this.cards.clear();
	}
}

export interface SectionLabels {
	empty: string;
	showMore(count: number): string;
}
