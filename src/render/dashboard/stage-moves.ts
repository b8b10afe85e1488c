import { CARD_CLASS } from "./entry-card";
import { asElement } from "./event-targets";

/** The two dashboard layouts: stage sections stacked, or one column per stage side by side. */
export type DashboardLayout = "list" | "board";

/** What moving a card needs from its host: the stage order and the edit itself. */
export interface StageMoveHost {
	/** Stage ids in display order (the index's vocabulary, custom stages included). */
	stageOrder(): readonly string[];
	move(path: string, stageId: string): void;
}

const DRAG_TYPE = "application/x-framework-atlas-path";
const STAGE_SELECTOR = ".atlas-stage";

type Listen = <K extends keyof HTMLElementEventMap>(type: K, handler: (event: HTMLElementEventMap[K]) => void) => void;

/**
 * Drag and drop of cards onto stage columns (or sections), with one delegated listener per event
 * on `root`. The dragged path also travels in a field, since jsdom and some webviews hand out no
 * DataTransfer. A drop on the card's own stage does nothing.
 */
export function listenForStageDrops(root: HTMLElement, host: StageMoveHost, on: Listen): void {
	let dragged: string | null = null;
	let over: HTMLElement | null = null;
	const setOver = (stage: HTMLElement | null): void => {
		if (over === stage) return;
		over?.classList.remove("is-drop-target");
		over = stage;
		over?.classList.add("is-drop-target");
	};
	on("dragstart", (event) => {
		const card = asElement(event.target)?.closest<HTMLElement>(`.${CARD_CLASS}[draggable="true"]`);
		if (!card?.dataset.path) return;
		dragged = card.dataset.path;
		card.classList.add("is-dragging");
		event.dataTransfer?.setData(DRAG_TYPE, dragged);
		event.dataTransfer?.setData("text/plain", dragged);
		if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
	});
	on("dragover", (event) => {
		const stage = stageAt(event.target);
		if (dragged === null || !stage) return;
		event.preventDefault();
		if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
		setOver(stage);
	});
	on("dragleave", (event) => {
		if (over && !over.contains(asElement(event.relatedTarget))) setOver(null);
	});
	on("drop", (event) => {
		const stage = stageAt(event.target);
		const path = dragged ?? event.dataTransfer?.getData(DRAG_TYPE) ?? "";
		setOver(null);
		if (!stage || path === "") return;
		event.preventDefault();
		const from = root.querySelector<HTMLElement>(`.${CARD_CLASS}.is-dragging`)?.closest<HTMLElement>(STAGE_SELECTOR)?.dataset.stage;
		if (stage.dataset.stage !== undefined && stage.dataset.stage !== from) host.move(path, stage.dataset.stage);
	});
	on("dragend", () => {
		dragged = null;
		setOver(null);
		for (const card of root.querySelectorAll(`.${CARD_CLASS}.is-dragging`)) card.classList.remove("is-dragging");
	});
}

/**
 * Alt+← / Alt+→ on a focused card moves it to the previous / next stage. Returns whether the key
 * was one of these (then the caller stops it), even at the first or last stage.
 */
export function moveByKey(card: HTMLElement, event: KeyboardEvent, host: StageMoveHost, before?: (path: string, from: string) => void): boolean {
	if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== "ArrowLeft" && event.key !== "ArrowRight")) return false;
	const path = card.dataset.path;
	const current = card.closest<HTMLElement>(STAGE_SELECTOR)?.dataset.stage;
	if (path === undefined || current === undefined) return false;
	const order = host.stageOrder();
	// In a right-to-left pane the arrow points the other way along the columns.
	const rtl = card.ownerDocument.defaultView?.getComputedStyle(card).direction === "rtl";
	const step = (event.key === "ArrowRight") !== rtl ? 1 : -1;
	const next = order[order.indexOf(current) + step];
	if (next === undefined) return true;
	before?.(path, current);
	host.move(path, next);
	return true;
}

export interface StageMoveHandlers extends StageMoveHost {
	/** Ctrl/Cmd+Z outside a text field. */
	undo?(): void;
	/** Runs just before a keyboard move (the host may redraw before the move call returns). */
	beforeKeyMove?(path: string, from: string): void;
}

/** Drops, Alt+←/→ on a focused card and Ctrl/Cmd+Z, delegated on `root`; returns the function that removes them. */
export function delegateStageMoves(root: HTMLElement, handlers: StageMoveHandlers): () => void {
	const removers: (() => void)[] = [];
	const on: Listen = (type, handler) => {
		root.addEventListener(type, handler);
		removers.push(() => root.removeEventListener(type, handler));
	};
	on("keydown", (event) => {
		if (handlers.undo && isUndoKey(event)) {
			event.preventDefault();
			handlers.undo();
			return;
		}
		const card = asElement(event.target);
		if (card?.classList.contains(CARD_CLASS) && moveByKey(card, event, handlers, (path, from) => handlers.beforeKeyMove?.(path, from))) event.preventDefault();
	});
	listenForStageDrops(root, handlers, on);
	return () => {
		for (const remove of removers.splice(0)) remove();
	};
}

/** Ctrl/Cmd+Z outside a text field. */
export function isUndoKey(event: KeyboardEvent): boolean {
	if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== "z") return false;
	const target = asElement(event.target);
	return !target?.closest("input, textarea, [contenteditable='true']");
}

function stageAt(target: EventTarget | null): HTMLElement | null {
	return asElement(target)?.closest<HTMLElement>(STAGE_SELECTOR) ?? null;
}
