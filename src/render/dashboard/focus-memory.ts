import type { DashboardHeader } from "./dashboard-header";
import { CARD_CLASS } from "./entry-card";
import { asElement } from "./event-targets";
import type { StageSection } from "./stage-section";

/** What had focus before a full repaint: a header control (the filter box with its caret) or a card. */
export type FocusState = { control: string; selection: [number | null, number | null] | null } | { card: string };

export function captureFocus(root: HTMLElement, header: DashboardHeader | undefined): FocusState | null {
	const active = asElement(root.ownerDocument.activeElement);
	if (!active || !root.contains(active)) return null;
	const control = header?.focusedControl(active) ?? null;
	if (header && control !== null) {
		const input = header.filterInput;
		return { control, selection: active === input ? [input.selectionStart, input.selectionEnd] : null };
	}
	const path = active.classList.contains(CARD_CLASS) ? active.dataset.path : undefined;
	return path === undefined ? null : { card: path };
}

/** Puts focus back where it was, so a repaint never throws a keyboard user out of the pane. */
export function restoreFocus(state: FocusState | null, header: DashboardHeader, sections: Iterable<StageSection>): void {
	if (state === null) return;
	if ("card" in state) {
		for (const section of sections) section.card(state.card)?.focus();
		return;
	}
	header.focusControl(state.control);
	if (state.selection) header.filterInput.setSelectionRange(state.selection[0], state.selection[1]);
}
