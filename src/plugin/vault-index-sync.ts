import { TFile, TFolder, type App, type CachedMetadata, type Component } from "obsidian";
import type { AtlasIndex } from "../core/index/atlas-index";
import { readTags } from "../core/parse/tags";
import { TouchedPaths } from "./touched-paths";

/** A vault that never stops changing still gets an index, a little stale, after this many passes. */
const MAX_REBUILD_PASSES = 20;

/**
 * Feeds vault notes into the core index and keeps it live. The metadata cache lets us skip
 * notes that cannot be entries without reading them; only candidates are read.
 */
export class VaultIndexSync {
	/** Counts rebuilds so a slow one never overwrites the result of a newer one. */
	private generation = 0;
	/** Set while a rebuild reads the vault: events then only mark what they touched, to be read again. */
	private touched: TouchedPaths | null = null;

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
		owner.registerEvent(
			metadataCache.on("changed", (file, data, cache) => {
				if (this.touched) this.touched.touch(file.path, false);
				else this.onChanged(file.path, file.extension, data, cache);
			}),
		);
		owner.registerEvent(
			vault.on("delete", (file) => {
				const isFolder = file instanceof TFolder;
				if (this.touched) this.touched.touch(file.path, isFolder);
				else this.onDeleted(file.path, isFolder);
			}),
		);
		owner.registerEvent(
			vault.on("rename", (file, oldPath) => {
				const isFolder = file instanceof TFolder;
				if (this.touched) {
					this.touched.touch(oldPath, isFolder);
					this.touched.touch(file.path, isFolder);
				} else this.onRenamed(file, oldPath, file.path);
			}),
		);
		return this.rebuild();
	}

	/**
	 * Reads every candidate note into the index. Reads are asynchronous, so the vault can change
	 * between them; whatever an event touched during a pass is read again in another pass, until a
	 * pass sees no event. The index is then reset to notes that were all current at the same moment.
	 */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		const notes = new Map<string, string>();
		let files = this.app.vault.getMarkdownFiles();
		for (let pass = 0; ; pass++) {
			const touched = new TouchedPaths();
			this.touched = touched;
			await this.readInto(notes, files);
			if (generation !== this.generation) return;
			if (touched.empty || pass === MAX_REBUILD_PASSES) break;
			for (const path of [...notes.keys()]) if (touched.covers(path)) notes.delete(path);
			files = this.app.vault.getMarkdownFiles().filter((file) => touched.covers(file.path));
		}
		this.touched = null;
		this.index.reset(notes);
	}

	private async readInto(notes: Map<string, string>, files: readonly TFile[]): Promise<void> {
		for (const file of files) {
			// The list was taken before the awaits below: a file may have moved since, even away from .md.
			const path = file.path;
			if (!isMarkdownPath(path) || !this.isCandidate(this.app.metadataCache.getFileCache(file))) continue;
			try {
				notes.set(path, await this.app.vault.cachedRead(file));
			} catch {
				// A file deleted while we were reading it is simply not indexed.
			}
		}
	}

	private onDeleted(path: string, isFolder: boolean): void {
		if (!isFolder) this.index.remove(path);
		else for (const inside of this.pathsUnder(path)) this.index.remove(inside);
	}

	/** A folder rename may or may not be followed by one event per file; handle both without double work. */
	private onRenamed(file: TFile | TFolder | { path: string }, oldPath: string, newPath: string): void {
		if (file instanceof TFolder) {
			for (const inside of this.pathsUnder(oldPath)) this.index.rename(inside, newPath + inside.slice(oldPath.length));
		} else if (!isMarkdownPath(newPath)) {
			// `note.md` renamed to `note.txt` is no longer a note.
			this.index.remove(oldPath);
		} else if (this.index.has(oldPath)) {
			this.index.rename(oldPath, newPath);
		} else if (!isMarkdownPath(oldPath) && file instanceof TFile && file.path === newPath) {
			// `draft.txt` renamed to `draft.md` just became a note.
			void this.readIfCandidate(file);
		}
	}

	private async readIfCandidate(file: TFile): Promise<void> {
		const path = file.path;
		if (!this.isCandidate(this.app.metadataCache.getFileCache(file))) return;
		try {
			const text = await this.app.vault.cachedRead(file);
			// Moved again, or an event for it came during the read with newer text: leave it to those.
			if (file.path === path && !this.index.has(path) && !this.touched) this.index.upsert(path, text);
		} catch {
			// Gone again before we could read it.
		}
	}

	private pathsUnder(folder: string): string[] {
		const prefix = folder === "/" || folder === "" ? "" : folder + "/";
		return this.index.paths().filter((p) => p.startsWith(prefix));
	}

	/**
	 * The same rule as a rebuild, so the live index always equals one: a candidate is (re)parsed,
	 * anything else leaves the index, even a note the index still holds from before the edit.
	 */
	private onChanged(path: string, extension: string, data: string, cache: CachedMetadata): void {
		if (extension !== "md") return;
		if (this.isCandidate(cache)) this.index.upsert(path, data);
		else this.index.remove(path);
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
