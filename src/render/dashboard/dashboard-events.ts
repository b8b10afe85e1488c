import { isNavigable, moveFocus } from "./card-navigation";
import { CARD_CLASS } from "./entry-card";
import { asElement, asNode } from "./event-targets";
import { ISSUE_LINK_CLASS } from "./issues-section";
import { SHOW_MORE_CLASS, STAGE_HEADER_CLASS, stageIdAt } from "./stage-section";

/** What a click, key or hover on the dashboard asks for. */
export interface DashboardEventHandlers {
	openNote(path: string, newTab: boolean): void;
	hoverNote?(path: string, event: MouseEvent, target: HTMLElement): void;
	cardMenu?(path: string, event: MouseEvent): void;
	toggleStage(stageId: string): void;
	showMore(stageId: string): void;
}

/**
 * One delegated listener per event type for the whole pane, however many cards it holds: cards
 * carry only their path, so they need no listeners of their own. Returns the function that removes them.
 */
export function delegateDashboardEvents(root: HTMLElement, handlers: DashboardEventHandlers): () => void {
	const removers: (() => void)[] = [];
	const on = <K extends keyof HTMLElementEventMap>(type: K, handler: (event: HTMLElementEventMap[K]) => void): void => {
		root.addEventListener(type, handler);
		removers.push(() => root.removeEventListener(type, handler));
	};
	on("click", (event) => onClick(event, handlers));
	on("auxclick", (event) => {
		const path = notePathAt(event.target);
		if (event.button !== 1 || path === null || isInsideExternalLink(event.target)) return;
		event.preventDefault();
		handlers.openNote(path, true);
	});
	on("mouseover", (event) => {
		const target = noteElementAt(event.target);
		const related = asNode(event.relatedTarget);
		if (!target || (related && target.contains(related))) return;
		handlers.hoverNote?.(target.dataset.path!, event, target);
	});
	on("contextmenu", (event) => {
		const card = asElement(event.target)?.closest<HTMLElement>(`.${CARD_CLASS}`);
		if (!card || !handlers.cardMenu) return;
		event.preventDefault();
		handlers.cardMenu(card.dataset.path!, event);
	});
	on("keydown", (event) => onKeydown(event, root, handlers));
	return () => {
		for (const remove of removers.splice(0)) remove();
	};
}

function onClick(event: MouseEvent, handlers: DashboardEventHandlers): void {
	const target = asElement(event.target);
	if (!target) return;
	const control = target.closest<HTMLElement>(`.${STAGE_HEADER_CLASS}, .${SHOW_MORE_CLASS}`);
	if (control) {
		const stageId = stageIdAt(control);
		if (stageId === undefined) return;
		if (control.classList.contains(STAGE_HEADER_CLASS)) handlers.toggleStage(stageId);
		else handlers.showMore(stageId);
		return;
	}
	if (isInsideExternalLink(target)) return;
	const path = notePathAt(target);
	if (path === null) return;
	event.preventDefault();
	handlers.openNote(path, event.ctrlKey || event.metaKey);
}

function onKeydown(event: KeyboardEvent, root: HTMLElement, handlers: DashboardEventHandlers): void {
	const target = asElement(event.target);
	if (!target || !isNavigable(target)) return;
	const isCard = target.classList.contains(CARD_CLASS);
	if (event.key === "Enter" && isCard) {
		event.preventDefault();
		handlers.openNote(target.dataset.path!, event.ctrlKey || event.metaKey);
		return;
	}
	if (event.key === "ContextMenu" && isCard && handlers.cardMenu) {
		event.preventDefault();
		const rect = target.getBoundingClientRect();
		handlers.cardMenu(target.dataset.path!, new MouseEvent("contextmenu", { clientX: rect.left, clientY: rect.bottom }));
		return;
	}
	if (moveFocus(root, target, event.key)) event.preventDefault();
}

function noteElementAt(target: EventTarget | null): HTMLElement | null {
	return asElement(target)?.closest<HTMLElement>(`.${CARD_CLASS}, .${ISSUE_LINK_CLASS}`) ?? null;
}

function notePathAt(target: EventTarget | null): string | null {
	return noteElementAt(target)?.dataset.path ?? null;
}

/** Repo and source links open the web page, not the note. */
function isInsideExternalLink(target: EventTarget | null): boolean {
	return asElement(target)?.closest("a.external-link") != null;
}
