import { TFile, TFolder, type App, type CachedMetadata, type Component } from "obsidian";
import type { AtlasIndex } from "../core/index/atlas-index";
import { readTags } from "../core/parse/tags";

/**
 * Feeds vault notes into the core index and keeps it live. The metadata cache lets us skip
 * notes that cannot be entries without reading them; only candidates are read.
 */
export class VaultIndexSync {
	/** Counts rebuilds so a slow one never overwrites the result of a newer one. */
	private generation = 0;
	/** While a rebuild reads the vault, live events wait here and are replayed on top of its result. */
	private pending: (() => void)[] | null = null;

	constructor(
		private readonly app: App,
		private readonly index: AtlasIndex,
		private readonly entryTag: () => string,
	) {}

	/**
	 * Call from onLayoutReady. Events are registered on `owner` (so they die with it) before the
	 * first read, so an edit made while the vault is being read is not lost.
	 */
	start(owner: Component): Promise<void> {
		const { metadataCache, vault } = this.app;
		owner.registerEvent(metadataCache.on("changed", (file, data, cache) => this.live(() => this.onChanged(file, data, cache))));
		owner.registerEvent(vault.on("delete", (file) => this.live(() => this.onDeleted(file.path, file instanceof TFolder))));
		owner.registerEvent(vault.on("rename", (file, oldPath) => this.live(() => this.onRenamed(file, oldPath))));
		return this.rebuild();
	}

	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		this.pending = [];
		const notes: [string, string][] = [];
		for (const file of this.app.vault.getMarkdownFiles()) {
			if (!this.isCandidate(this.app.metadataCache.getFileCache(file))) continue;
			try {
				notes.push([file.path, await this.app.vault.cachedRead(file)]);
			} catch {
				// A file deleted while we were reading it is simply not indexed.
			}
		}
		if (generation !== this.generation) return;
		const queued = this.pending;
		this.pending = null;
		this.index.reset(notes);
		for (const apply of queued) apply();
	}

	private live(apply: () => void): void {
		if (this.pending) this.pending.push(apply);
		else apply();
	}

	private onDeleted(path: string, isFolder: boolean): void {
		if (!isFolder) this.index.remove(path);
		else for (const inside of this.pathsUnder(path)) this.index.remove(inside);
	}

	/** A folder rename may or may not be followed by one event per file; handle both without double work. */
	private onRenamed(file: TFile | TFolder | { path: string }, oldPath: string): void {
		const newPath = file.path;
		if (file instanceof TFolder) {
			for (const inside of this.pathsUnder(oldPath)) this.index.rename(inside, newPath + inside.slice(oldPath.length));
		} else if (!isMarkdownPath(newPath)) {
			// `note.md` renamed to `note.txt` is no longer a note.
			this.index.remove(oldPath);
		} else if (this.index.has(oldPath)) {
			this.index.rename(oldPath, newPath);
		} else if (!isMarkdownPath(oldPath) && file instanceof TFile) {
			// `draft.txt` renamed to `draft.md` just became a note.
			void this.readIfCandidate(file);
		}
	}

	private async readIfCandidate(file: TFile): Promise<void> {
		if (!this.isCandidate(this.app.metadataCache.getFileCache(file))) return;
		try {
			const text = await this.app.vault.cachedRead(file);
			this.live(() => this.index.upsert(file.path, text));
		} catch {
			// Gone again before we could read it.
		}
	}

	private pathsUnder(folder: string): string[] {
		const prefix = folder === "/" || folder === "" ? "" : folder + "/";
		return this.index.paths().filter((p) => p.startsWith(prefix));
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (file.extension !== "md") return;
		if (this.isCandidate(cache) || this.index.has(file.path)) this.index.upsert(file.path, data);
	}

	/**
	 * A note can be an entry only if its frontmatter names the entry tag. Notes Obsidian could
	 * not parse (no cache yet, or frontmatter it failed to read) are read so we can report them.
	 */
	isCandidate(cache: CachedMetadata | null): boolean {
		if (!cache) return true;
		if (!cache.frontmatterPosition) return false;
		if (!cache.frontmatter) return true;
		const tags = readTags(cache.frontmatter.tags ?? cache.frontmatter.tag);
		if (tags === null) return true;
		const wanted = this.entryTag().toLowerCase().replace(/^#+/, "");
		return tags.some((tag) => tag.toLowerCase() === wanted || tag.toLowerCase().startsWith(wanted + "/"));
	}
}

function isMarkdownPath(path: string): boolean {
	return path.toLowerCase().endsWith(".md");
}
