import { TFile, TFolder, type App, type CachedMetadata, type Component } from "obsidian";
import type { AtlasIndex } from "../core/index/atlas-index";
import { readTags } from "../core/parse/tags";

/**
 * Feeds vault notes into the core index and keeps it live. The metadata cache lets us skip
 * notes that cannot be entries without reading them; only candidates are read.
 */
export class VaultIndexSync {
	constructor(
		private readonly app: App,
		private readonly index: AtlasIndex,
		private readonly entryTag: () => string,
	) {}

	/** Call from onLayoutReady. Events are registered on `owner` so they die with it. */
	async start(owner: Component): Promise<void> {
		await this.rebuild();
		const { metadataCache, vault } = this.app;
		owner.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		owner.registerEvent(vault.on("delete", (file) => this.onDeleted(file.path, file instanceof TFolder)));
		owner.registerEvent(vault.on("rename", (file, oldPath) => this.onRenamed(oldPath, file.path, file instanceof TFolder)));
	}

	async rebuild(): Promise<void> {
		const notes: [string, string][] = [];
		for (const file of this.app.vault.getMarkdownFiles()) {
			if (!this.isCandidate(this.app.metadataCache.getFileCache(file))) continue;
			try {
				notes.push([file.path, await this.app.vault.cachedRead(file)]);
			} catch {
				// A file deleted while we were reading it is simply not indexed.
			}
		}
		this.index.reset(notes);
	}

	private onDeleted(path: string, isFolder: boolean): void {
		if (!isFolder) this.index.remove(path);
		else for (const inside of this.pathsUnder(path)) this.index.remove(inside);
	}

	/** A folder rename may or may not be followed by one event per file; handle both without double work. */
	private onRenamed(oldPath: string, newPath: string, isFolder: boolean): void {
		if (!isFolder) this.index.rename(oldPath, newPath);
		else for (const inside of this.pathsUnder(oldPath)) this.index.rename(inside, newPath + inside.slice(oldPath.length));
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
		const wanted = this.entryTag().toLowerCase();
		return tags.some((tag) => tag.toLowerCase() === wanted || tag.toLowerCase().startsWith(wanted + "/"));
	}
}
