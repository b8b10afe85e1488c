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

	getSuggestions(query: string): string[] {
		const current = this.list ? (query.split(/[,，]/).pop() ?? "") : query;
		const needle = foldForSearch(current.trim().replace(/^#/, ""));
		return this.options()
			.filter((option) => foldForSearch(option).includes(needle))
			.slice(0, 50);
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
