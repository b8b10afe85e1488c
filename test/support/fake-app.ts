/**
 * An in-memory Obsidian app for plugin-layer tests: a vault that fires the same events
 * Obsidian fires (create/modify/delete/rename, then metadataCache "changed"), a metadata
 * cache computed from the note text, and a workspace that creates, reveals and closes views.
 * Each API it fakes, with the behaviour obsidian.d.ts documents: fake-app.md beside this file.
 */
import { load, CORE_SCHEMA } from "js-yaml";
import { Events, TFile, TFolder, WorkspaceLeaf, setFilePath, type View } from "../__mocks__/obsidian";

export class FakeVault extends Events {
	configDir = ".obsidian";
	/** `text` is what is on disk; `cached`, when set, is the older text cachedRead still serves. */
	readonly files = new Map<string, { file: TFile; text: string; cached?: string }>();
	/** Runs between the read and the write of process(): lets a test simulate a concurrent edit. */
	beforeProcessWrite: ((path: string) => void) | null = null;

	constructor(private readonly cache: FakeMetadataCache) {
		super();
	}

	getMarkdownFiles(): TFile[] {
		return [...this.files.values()].map((f) => f.file).filter((f) => f.extension === "md");
	}
	getFiles(): TFile[] {
		return [...this.files.values()].map((f) => f.file);
	}
	getFileByPath(path: string): TFile | null {
		return this.files.get(path)?.file ?? null;
	}
	getAbstractFileByPath(path: string): TFile | TFolder | null {
		return this.getFileByPath(path) ?? this.getFolderByPath(path);
	}
	getFolderByPath(path: string): TFolder | null {
		if (path === "" || path === "/") return new TFolder("/");
		for (const key of this.files.keys()) if (key.startsWith(path + "/")) return new TFolder(path);
		return this.folders.has(path) ? new TFolder(path) : null;
	}
	readonly folders = new Set<string>();
	async createFolder(path: string): Promise<TFolder> {
		this.folders.add(path);
		return new TFolder(path);
	}
	/**
	 * The app's cached text: what the vault last delivered. Text another program wrote to disk
	 * (writeOnDisk) is not in it until the file watcher reports the change (deliverDiskChanges).
	 */
	async cachedRead(file: TFile): Promise<string> {
		await this.beforeRead?.(file.path);
		const record = this.files.get(file.path);
		if (!record) throw new Error(`ENOENT: ${file.path}`);
		return record.cached ?? record.text;
	}
	async read(file: TFile): Promise<string> {
		return this.text(file.path);
	}
	async create(path: string, text: string): Promise<TFile> {
		if (this.files.has(path)) throw new Error("File already exists.");
		const file = new TFile(path);
		this.files.set(path, { file, text });
		this.trigger("create", file);
		this.cache.update(file, text);
		return file;
	}
	async modify(file: TFile, text: string): Promise<void> {
		this.write(file.path, text);
	}
	async append(file: TFile, text: string): Promise<void> {
		this.write(file.path, this.text(file.path) + text);
	}
	async process(file: TFile, fn: (text: string) => string): Promise<string> {
		const before = this.text(file.path);
		this.beforeProcessWrite?.(file.path);
		// Obsidian's process is atomic: fn sees the latest text. Re-read after the hook to model that.
		const latest = this.text(file.path);
		const next = fn(latest === before ? before : latest);
		this.write(file.path, next);
		return next;
	}
	async rename(file: TFile | TFolder, newPath: string): Promise<void> {
		if (file instanceof TFolder) return this.renameFolder(file, newPath);
		const record = this.files.get(file.path);
		if (!record) throw new Error(`no file ${file.path}`);
		if (this.files.has(newPath)) throw new Error("Destination file already exists!");
		const oldPath = file.path;
		this.files.delete(oldPath);
		setFilePath(file, newPath);
		this.files.set(newPath, record);
		this.cache.move(oldPath, newPath);
		this.trigger("rename", file, oldPath);
	}
	async delete(file: TFile | TFolder): Promise<void> {
		if (file instanceof TFolder) return this.deleteFolder(file);
		if (!this.files.delete(file.path)) return;
		this.cache.forget(file.path);
		this.trigger("delete", file);
	}
	async trash(file: TFile): Promise<void> {
		await this.delete(file);
	}
	// --- folder renames and deletes ---
	/**
	 * Obsidian fires one "rename" for the folder and, in the versions we target, one per file
	 * inside it; `folderEventsForChildren = false` models a version that fires only the folder's.
	 */
	folderEventsForChildren = true;
	/** Runs (and is awaited) inside cachedRead before the text is taken: lets a test edit the vault mid-read. */
	beforeRead: ((path: string) => Promise<void> | void) | null = null;
	private async renameFolder(folder: TFolder, newPath: string): Promise<void> {
		const prefix = folder.path + "/";
		const moved = [...this.files.values()].filter(({ file }) => file.path.startsWith(prefix));
		for (const { file } of moved) if (this.files.has(newPath + file.path.slice(folder.path.length))) throw new Error("Destination file already exists!");
		const oldFolderPath = folder.path;
		const events: [TFile, string][] = [];
		for (const record of moved) {
			const oldPath = record.file.path;
			this.files.delete(oldPath);
			setFilePath(record.file, newPath + oldPath.slice(oldFolderPath.length));
			this.files.set(record.file.path, record);
			this.cache.move(oldPath, record.file.path);
			events.push([record.file, oldPath]);
		}
		for (const kept of [...this.folders]) {
			if (kept !== oldFolderPath && !kept.startsWith(prefix)) continue;
			this.folders.delete(kept);
			this.folders.add(newPath + kept.slice(oldFolderPath.length));
		}
		const renamed = new TFolder(newPath);
		this.trigger("rename", renamed, oldFolderPath);
		if (this.folderEventsForChildren) for (const [file, oldPath] of events) this.trigger("rename", file, oldPath);
	}
	private async deleteFolder(folder: TFolder): Promise<void> {
		const prefix = folder.path + "/";
		for (const { file } of [...this.files.values()]) if (file.path.startsWith(prefix)) await this.delete(file);
		for (const kept of [...this.folders]) if (kept === folder.path || kept.startsWith(prefix)) this.folders.delete(kept);
		this.trigger("delete", folder);
	}
	// --- end robustness block ---
	text(path: string): string {
		const record = this.files.get(path);
		if (!record) throw new Error(`ENOENT: ${path}`);
		return record.text;
	}
	/** Test helper: replace a note's text the way an outside editor or sync would, events delivered at once. */
	write(path: string, text: string): void {
		const record = this.files.get(path);
		if (!record) throw new Error(`ENOENT: ${path}`);
		record.text = text;
		delete record.cached;
		this.trigger("modify", record.file);
		this.cache.update(record.file, text);
	}
	private readonly undelivered = new Set<string>();
	/**
	 * Test helper: another program changes the file on disk and the app's file watcher has not noticed
	 * yet: read() sees the new text, cachedRead() the old one, and no event has fired.
	 */
	writeOnDisk(path: string, text: string): void {
		const record = this.files.get(path);
		if (!record) throw new Error(`ENOENT: ${path}`);
		record.cached ??= record.text;
		record.text = text;
		this.undelivered.add(path);
	}
	/** Test helper: the watcher reports every writeOnDisk change (modify, then metadataCache changed). */
	deliverDiskChanges(): void {
		for (const path of [...this.undelivered]) {
			this.undelivered.delete(path);
			if (this.files.has(path)) this.write(path, this.text(path));
		}
	}
}

export interface FakeCachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: { start: { line: number }; end: { line: number } };
}

export class FakeMetadataCache extends Events {
	private readonly caches = new Map<string, FakeCachedMetadata>();

	getFileCache(file: TFile): FakeCachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}
	getCache(path: string): FakeCachedMetadata | null {
		return this.caches.get(path) ?? null;
	}
	update(file: TFile, text: string): void {
		const cache = computeCache(text);
		this.caches.set(file.path, cache);
		this.trigger("changed", file, text, cache);
	}
	move(oldPath: string, newPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(newPath, cache);
	}
	forget(path: string): void {
		const cache = this.caches.get(path);
		this.caches.delete(path);
		this.trigger("deleted", path, cache);
	}
	getFirstLinkpathDest(linkpath: string): TFile | null {
		void linkpath;
		return null;
	}
}

function computeCache(text: string): FakeCachedMetadata {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ""));
	if (!match) return {};
	const lines = match[0].split("\n").length - 1;
	const position = { start: { line: 0 }, end: { line: lines } };
	try {
		const data = load(match[1]!, { schema: CORE_SCHEMA });
		return data && typeof data === "object" && !Array.isArray(data) ? { frontmatter: data as Record<string, unknown>, frontmatterPosition: position } : { frontmatterPosition: position };
	} catch {
		return { frontmatterPosition: position };
	}
}

export class FakeWorkspace extends Events {
	readonly viewCreators = new Map<string, (leaf: WorkspaceLeaf) => View>();
	leaves: WorkspaceLeaf[] = [];
	readonly opened: string[] = [];
	readonly openedLinks: { linktext: string; sourcePath: string; newLeaf: unknown }[] = [];
	layoutReady = false;
	private readyCallbacks: (() => void)[] = [];
	activeEditor: unknown = null;
	activeFile: TFile | null = null;

	constructor(private readonly app: FakeApp) {
		super();
	}
	onLayoutReady(callback: () => void): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}
	/** Test helper: Obsidian finished loading the workspace. */
	finishLayout(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.getViewState().type === type);
	}
	private newLeaf(): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app);
		this.leaves.push(leaf);
		return leaf;
	}
	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.newLeaf();
	}
	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.newLeaf();
	}
	getLeaf(_newLeaf?: unknown): WorkspaceLeaf {
		return this.newLeaf();
	}
	async ensureSideLeaf(type: string, _side: string, _options?: unknown): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type)[0];
		if (existing) return existing;
		const leaf = this.newLeaf();
		await leaf.setViewState({ type });
		return leaf;
	}
	/** Showing a leaf loads it when it is deferred; awaiting this means the real view is there. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		await leaf.loadIfDeferred();
	}
	/** Test helper: a tab of `type` restored from the saved layout in the background, still deferred. */
	restoreDeferredLeaf(type: string): WorkspaceLeaf {
		const leaf = this.newLeaf();
		leaf.defer(type);
		return leaf;
	}
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: unknown): Promise<void> {
		this.openedLinks.push({ linktext, sourcePath, newLeaf });
	}
	getActiveFile(): TFile | null {
		return this.activeFile;
	}
	getActiveViewOfType(): null {
		return null;
	}
	detachLeavesOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) leaf.detach();
	}
}

export class FakeFileManager {
	constructor(private readonly vault: FakeVault) {}
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		const { dump } = await import("js-yaml");
		await this.vault.process(file, (text) => {
			const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
			const data = match ? ((load(match[1]!, { schema: CORE_SCHEMA }) as Record<string, unknown>) ?? {}) : {};
			fn(data);
			const body = match ? text.slice(match[0].length) : text;
			return `---\n${dump(data, { schema: CORE_SCHEMA, lineWidth: -1 })}---\n${body}`;
		});
	}
	async trashFile(file: TFile): Promise<void> {
		await this.vault.trash(file);
	}
	generateMarkdownLink(file: TFile): string {
		return `[[${file.basename}]]`;
	}
}

export class FakeApp {
	readonly metadataCache = new FakeMetadataCache();
	readonly vault = new FakeVault(this.metadataCache);
	readonly workspace = new FakeWorkspace(this);
	readonly fileManager = new FakeFileManager(this.vault);

	/**
	 * Adds notes as if they were there when Obsidian started: before layout-ready the vault fires
	 * "create" for each (as Obsidian does while it loads the vault), and the metadata cache indexes it.
	 * After layout-ready no "create" fires: the notes were there all along, not created now.
	 */
	seed(notes: Record<string, string>): this {
		for (const [path, text] of Object.entries(notes)) {
			const file = new TFile(path);
			this.vault.files.set(path, { file, text });
			if (!this.workspace.layoutReady) this.vault.trigger("create", file);
			this.metadataCache.update(file, text);
		}
		return this;
	}
}
