import { AbstractInputSuggest, type App } from "obsidian";
import { foldForSearch } from "../../core/text/fold";

/**
 * Suggestions for one text field from a list computed when the field is focused. Choosing one
 * hands it to `onChoose` (which updates the form) instead of relying on input events.
 */
export class ListSuggest extends AbstractInputSuggest<string> {
	constructor(
		app: App,
		private readonly input: HTMLInputElement,
		private readonly options: () => string[],
		private readonly onChoose: (value: string) => void,
		/** For comma-separated fields: suggest for the last item and keep the earlier ones. */
		private readonly list = false,
	) {
		super(app, input);
	}

	/** Matches anywhere, those starting with the typed text first; in a list, items already present are skipped. */
	getSuggestions(query: string): string[] {
		const items = this.list ? query.split(/[,，]/) : [query];
		const needle = foldForSearch((items.pop() ?? "").trim().replace(/^#/, ""));
		const present = new Set(items.map((item) => foldForSearch(item.trim().replace(/^#/, ""))));
		const matches = this.options().filter((option) => !present.has(foldForSearch(option)) && foldForSearch(option).includes(needle));
		const starts = matches.filter((option) => foldForSearch(option).startsWith(needle));
		return [...starts, ...matches.filter((option) => !starts.includes(option))].slice(0, 50);
	}

	renderSuggestion(value: string, el: HTMLElement): void {
		el.textContent = value;
	}

	selectSuggestion(value: string): void {
		const next = this.list ? withLastItem(this.input.value, value) : value;
		this.input.value = next;
		this.onChoose(next);
		this.close();
	}
}

function withLastItem(text: string, value: string): string {
	const items = text.split(/[,，]/).map((s) => s.trim());
	items[items.length - 1] = value;
	return items.filter((s) => s !== "").join(", ") + ", ";
}
