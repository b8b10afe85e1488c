import { TFile, TFolder, type App, type CachedMetadata, type Component, type TAbstractFile } from "obsidian";
import type { AtlasIndex } from "../core/index/atlas-index";
import { readFrontmatterTags } from "../core/parse/tags";
import type { IndexLoadingReporter } from "./index-loading";

/** Paths (and folder prefixes) touched by vault events while a rebuild was reading. */
interface DirtyPaths {
	files: Set<string>;
	folders: Set<string>;
}

/**
 * How long a rebuild may hold the main thread before it lets Obsidian paint and handle input,
 * checked every `batch` notes (a small vault is built in one go, as before).
 */
export interface SliceRule {
	sliceMs: number;
	batch: number;
}

const SLICES: SliceRule = { sliceMs: 16, batch: 32 };

/** `scheduler.yield()` (Chromium 129+, so newer Obsidian installers only); not in every DOM typing yet. */
interface YieldingScheduler {
	yield(): Promise<void>;
}

/**
 * Lets queued work (input, paint, vault events) run: a resolved promise would not. `scheduler.yield()`
 * resumes right after it, where it exists; otherwise a message to ourselves. Not a zero timer: Chromium
 * clamps nested timers to 4 ms, which at a pause every 16 ms made the build a fifth slower.
 */
function nextTask(): Promise<void> {
	const scheduler = (window as { scheduler?: Partial<YieldingScheduler> }).scheduler;
	if (typeof scheduler?.yield === "function") return scheduler.yield();
	if (typeof window.MessageChannel !== "function") return new Promise((resolve) => window.setTimeout(resolve, 0));
	return new Promise((resolve) => {
		const channel = new window.MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** Counts work items and says when the current slice has run long enough to let the app breathe. */
class TimeSlice {
	private start = Date.now();
	private count = 0;

	constructor(private readonly rule: SliceRule) {}

	/** Call after each item; checks the clock only every `batch` items. */
	due(): boolean {
		return ++this.count % this.rule.batch === 0 && Date.now() - this.start >= this.rule.sliceMs;
	}

	/** True once this slice has run a while: half the rule's length (a small vault is still built in one go). */
	used(): boolean {
		return this.count >= this.rule.batch && Date.now() - this.start >= this.rule.sliceMs / 2;
	}

	async pause(): Promise<void> {
		await nextTask();
		this.start = Date.now();
	}
}

/**
 * Feeds vault notes into the core index and keeps it live. The metadata cache lets us skip
 * notes that cannot be entries without reading them; only candidates are read.
 */
export class VaultIndexSync {
	private dirty: DirtyPaths | null = null;

	constructor(
		private readonly app: App,
		private readonly index: AtlasIndex,
		private readonly entryTag: () => string,
		/** Tests pass { sliceMs: 0, batch: 1 } to yield after every note. */
		private readonly slices: SliceRule = SLICES,
		/** Told how many candidates are read at every pause, and when the index first holds the vault. */
		private readonly progress?: Pick<IndexLoadingReporter, "reading" | "done">,
	) {}

	/** Call from onLayoutReady. Events are registered on `owner` so they die with it. */
	async start(owner: Component): Promise<void> {
		// Listen first: a note edited while the first read is under way is caught by the rebuild's re-sync.
		const { metadataCache, vault } = this.app;
		owner.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		owner.registerEvent(vault.on("delete", (file) => this.onDeleted(file)));
		owner.registerEvent(vault.on("rename", (file, oldPath) => this.onRenamed(file, oldPath)));
		await this.rebuild();
	}

	/**
	 * Reads every candidate note and replaces the index. Reading is asynchronous, so events can
	 * arrive meanwhile; the paths they touch are re-read from the vault as it is after the reset.
	 */
	async rebuild(): Promise<void> {
		const dirty: DirtyPaths = { files: new Set(), folders: new Set() };
		this.dirty = dirty;
		const slice = new TimeSlice(this.slices);
		// Parsed as read, a slice at a time: the index answers as before until the commit below.
		const pending = this.index.beginReset();
		// Progress counts notes looked at (most are skipped on their metadata alone), of all notes.
		const files = this.app.vault.getMarkdownFiles();
		this.progress?.reading(0, files.length);
		let seen = 0;
		for (const file of files) {
			seen++;
			if (this.isCandidate(this.app.metadataCache.getFileCache(file))) {
				try {
					const text = await this.app.vault.cachedRead(file);
					// A note renamed or deleted during the read is marked dirty and settled below.
					if (file.extension === "md") pending.add(file.path, text);
				} catch {
					// A file deleted while we were reading it is simply not indexed.
				}
			}
			if (!slice.due()) continue;
			this.progress?.reading(seen, files.length);
			await slice.pause();
			if (this.dirty !== dirty) return; // a newer rebuild started; it owns the index now
		}
		// The commit lists every entry for the snapshot: a slice of its own, not the end of a full one.
		if (slice.used()) await slice.pause();
		if (this.dirty !== dirty) return;
		pending.commit();
		this.progress?.done();
		while (this.dirty === dirty && (dirty.files.size > 0 || dirty.folders.size > 0)) {
			const paths = this.expand(dirty);
			for (const path of paths) await this.resync(path);
		}
		if (this.dirty === dirty) this.dirty = null;
	}

	private expand(dirty: DirtyPaths): string[] {
		const paths = new Set(dirty.files);
		for (const folder of dirty.folders) {
			for (const path of this.pathsUnder(folder)) paths.add(path);
			for (const file of this.app.vault.getMarkdownFiles()) if (file.path.startsWith(folder + "/")) paths.add(file.path);
		}
		dirty.files.clear();
		dirty.folders.clear();
		return [...paths];
	}

	/** Brings one path in line with the vault as it is now (note, non-note, or gone). */
	private async resync(path: string): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file || file.extension !== "md" || !this.isCandidate(this.app.metadataCache.getFileCache(file))) {
			this.index.remove(path);
			return;
		}
		try {
			const text = await this.app.vault.cachedRead(file);
			// If it moved or changed meanwhile, its event marked it dirty again (during a rebuild) or updated it.
			if (file.path === path) this.index.upsert(path, text);
		} catch {
			this.index.remove(path);
		}
	}

	private markDirty(path: string, isFolder: boolean): void {
		if (!this.dirty) return;
		if (isFolder) this.dirty.folders.add(path);
		else this.dirty.files.add(path);
	}

	private onDeleted(file: TAbstractFile): void {
		const isFolder = file instanceof TFolder;
		this.markDirty(file.path, isFolder);
		if (!isFolder) this.index.remove(file.path);
		else for (const inside of this.pathsUnder(file.path)) this.index.remove(inside);
	}

	/** A folder rename may or may not be followed by one event per file; handle both without double work. */
	private onRenamed(file: TAbstractFile, oldPath: string): void {
		const isFolder = file instanceof TFolder;
		this.markDirty(oldPath, isFolder);
		this.markDirty(file.path, isFolder);
		if (isFolder) {
			for (const inside of this.pathsUnder(oldPath)) this.index.rename(inside, file.path + inside.slice(oldPath.length));
			return;
		}
		if (!(file instanceof TFile)) return;
		// `note.md` → `note.txt` is no longer a note; `note.txt` → `note.md` just became one.
		if (file.extension !== "md") this.index.remove(oldPath);
		else if (this.index.has(oldPath)) this.index.rename(oldPath, file.path);
		else if (!/\.md$/i.test(oldPath)) void this.resync(file.path);
	}

	private pathsUnder(folder: string): string[] {
		const prefix = folder === "/" || folder === "" ? "" : folder + "/";
		return this.index.paths().filter((p) => p.startsWith(prefix));
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (file.extension !== "md") return;
		this.markDirty(file.path, false);
		// Same rule as a rebuild, so the live index never depends on a note's history.
		if (this.isCandidate(cache)) this.index.upsert(file.path, data);
		else this.index.remove(file.path);
	}

	/**
	 * A note can be an entry only if its frontmatter names the entry tag. Notes Obsidian could
	 * not parse (no cache yet, or frontmatter it failed to read) are read so we can report them.
	 */
	isCandidate(cache: CachedMetadata | null): boolean {
		if (!cache) return true;
		if (!cache.frontmatterPosition) return false;
		if (!cache.frontmatter) return true;
		// Read exactly as the note parser reads them, legacy forms included, so both agree on what is an entry.
		const read = readFrontmatterTags(cache.frontmatter);
		if (read === null) return true;
		const wanted = this.entryTag().toLowerCase();
		return read.tags.some((tag) => tag.toLowerCase() === wanted || tag.toLowerCase().startsWith(wanted + "/"));
	}
}
