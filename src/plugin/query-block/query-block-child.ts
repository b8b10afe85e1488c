import { MarkdownRenderChild } from "obsidian";
import type { IndexChange } from "../../core/index/index-snapshot";
import { changeAffects } from "../../core/query/change-affects";
import { renderQueryBlock, type RenderedQuery } from "../../render/query-results/render-query-block";
import type { OpenNote } from "../../render/query-results/query-render-context";
import type { AtlasContext } from "../atlas-context";

/**
 * One live ```atlas block. It renders at load, then re-renders only when an index change could
 * alter its result, or when the label language flips. Subscriptions die with the block.
 */
export class QueryBlockChild extends MarkdownRenderChild {
	private rendered: RenderedQuery = { query: null, shownPaths: new Set() };
	/** How many times the block has drawn itself; lets tests prove irrelevant changes are skipped. */
	renderCount = 0;

	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly context: Pick<AtlasContext, "index" | "language">,
		private readonly openNote: OpenNote,
	) {
		super(containerEl);
	}

	onload(): void {
		this.render();
		// Before onLayoutReady has filled the index this shows no entries; the index's reset re-renders it.
		this.register(this.context.index.subscribe((change) => this.onIndexChange(change)));
		this.register(this.context.language.subscribe(() => this.render()));
	}

	private onIndexChange(change: IndexChange): void {
		if (changeAffects(change, this.rendered.query, this.rendered.shownPaths)) this.render();
	}

	private render(): void {
		this.renderCount++;
		const { index, language } = this.context;
		this.rendered = renderQueryBlock(this.containerEl, this.source, index.snapshot(), {
			i18n: language.i18n,
			vocabulary: index.parseOptions().vocabulary,
			openNote: this.openNote,
		});
	}
}
