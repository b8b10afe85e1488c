import { Modal, Notice, Setting, type TFile } from "obsidian";
import { addDatedSource } from "../../core/sources/dated-source";
import { parseLinkText } from "../../core/sources/link-text";
import { isSafeWebUrl } from "../../core/parse/safe-url";
import { el } from "../../render/dom";
import type { AtlasContext } from "../atlas-context";
import { sourceSettings } from "./entry-settings";
import { fetchPageTitle, type PageFetcher } from "./title-fetcher";

/** Injected in tests; Obsidian's requestUrl otherwise. */
export interface AddSourceDeps {
	fetcher?: PageFetcher;
}

/**
 * Adds a dated source line under the note's Sources heading through `vault.process`, which hands
 * the function the note's current text: an edit made meanwhile (another pane, sync) is kept.
 */
export async function addSourceToNote(context: AtlasContext, file: TFile, url: string, title: string, deps: AddSourceDeps = {}): Promise<void> {
	const { t } = context.language.i18n;
	let finalTitle = title.trim();
	if (finalTitle === "" && context.settings.current().fetchTitles) {
		const fetched = await fetchPageTitle(url, "", deps.fetcher);
		if (fetched.failed) new Notice(t("templates.notices.titleFetchFailed"));
		finalTitle = fetched.title;
	}
	const settings = sourceSettings(context);
	const now = context.now();
	await context.app.vault.process(file, (text) => addDatedSource(text, { url: url.trim(), title: finalTitle }, settings, now));
	new Notice(t("templates.notices.sourceAdded", { path: file.path }));
}

export class AddSourceModal extends Modal {
	private url = "";
	private title = "";
	private errorEl: HTMLElement | null = null;

	constructor(
		private readonly context: AtlasContext,
		private readonly file: TFile,
		private readonly deps: AddSourceDeps = {},
		initial: { url?: string; title?: string } = {},
	) {
		super(context.app);
		this.url = initial.url ?? "";
		this.title = initial.title ?? "";
	}

	onOpen(): void {
		const { t } = this.context.language.i18n;
		this.setTitle(`${t("templates.addSource.title")}: ${this.file.basename}`);
		new Setting(this.contentEl).setName(t("templates.addSource.url")).addText((text) =>
			text
				.setValue(this.url)
				.onChange((value) => {
					// A pasted markdown link fills both fields.
					const link = parseLinkText(value);
					this.url = link && /^\s*\[/.test(value) ? link.url : value;
					if (link && /^\s*\[/.test(value) && this.title === "") this.title = link.title;
				}),
		);
		new Setting(this.contentEl)
			.setName(t("templates.addSource.sourceTitle"))
			.setDesc(t("templates.addSource.titleDesc"))
			.addText((text) => text.setValue(this.title).onChange((value) => (this.title = value)));
		this.errorEl = el(this.contentEl, "p", { cls: "atlas-form-error" });
		new Setting(this.contentEl).addButton((b) =>
			b
				.setButtonText(t("templates.addSource.add"))
				.setCta()
				.onClick(() => void this.submit()),
		);
	}

	onClose(): void {
		this.contentEl.empty?.();
	}

	async submit(): Promise<boolean> {
		if (!isSafeWebUrl(this.url.trim())) {
			if (this.errorEl) this.errorEl.textContent = this.context.language.i18n.t("templates.addSource.badUrl");
			return false;
		}
		this.close();
		await addSourceToNote(this.context, this.file, this.url, this.title, this.deps);
		return true;
	}
}

/** The "add source" entry action (command, card menu): asks URL and title, then appends the dated line to `file`. */
export function openAddSourceModal(context: AtlasContext, file: TFile, deps: AddSourceDeps = {}): AddSourceModal {
	const modal = new AddSourceModal(context, file, deps);
	modal.open();
	return modal;
}
