/**
 * @jest-environment jsdom
 */
/**
 * After the plugin unloads nothing of ours remains: no listener on the vault, metadata cache or
 * workspace, no interval, no window/document listener, no ribbon icon or status bar item, no
 * open view, no subscriber on the index or the language state. Generic on purpose: every view
 * type, code block language and command a feature registers is exercised before unloading.
 */
import { join } from "node:path";
import type { MarkdownPostProcessorContext } from "obsidian";
import type FrameworkAtlasPlugin from "../../src/plugin/main";
import { appChrome, Component, type Plugin as MockPlugin } from "../__mocks__/obsidian";
import { FakeApp } from "../support/fake-app";
import { vaultNotes } from "./support/hostile-vault";
import { seededApp, settle, startPlugin } from "./support/plugin-harness";

// The whole hostile vault (a 5 MB note among it) on a busy 2-core machine, in parallel with other suites.
jest.setTimeout(30_000);

const SAMPLE_VAULT = join(__dirname, "..", "..", "sample-vault");
const OURS = "[class^='atlas-'], [class*=' atlas-']";

/** Counts window/document listeners and intervals created while `run` is active and not yet removed. */
class LeakWatch {
	private readonly listeners = new Set<string>();
	private readonly keyOf = new WeakMap<object, number>();
	private nextKey = 0;
	readonly intervals = new Set<number>();
	private readonly restore: (() => void)[] = [];

	start(): void {
		for (const target of [window, document] as EventTarget[]) {
			const add = target.addEventListener.bind(target);
			const remove = target.removeEventListener.bind(target);
			const name = target === window ? "window" : "document";
			target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
				if (listener) this.listeners.add(this.key(name, type, listener, options));
				add(type, listener, options);
			};
			target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
				if (listener) this.listeners.delete(this.key(name, type, listener, options));
				remove(type, listener, options);
			};
			this.restore.push(() => {
				target.addEventListener = add;
				target.removeEventListener = remove;
			});
		}
		const setInterval = window.setInterval.bind(window);
		const clearInterval = window.clearInterval.bind(window);
		window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
			const id = setInterval(handler, ms, ...args);
			this.intervals.add(id);
			return id;
		}) as typeof window.setInterval;
		window.clearInterval = ((id?: number) => {
			if (id !== undefined) this.intervals.delete(id);
			clearInterval(id);
		}) as typeof window.clearInterval;
		this.restore.push(() => {
			window.setInterval = setInterval;
			window.clearInterval = clearInterval;
		});
	}

	stop(): void {
		for (const undo of this.restore.splice(0)) undo();
	}

	get liveListeners(): string[] {
		return [...this.listeners];
	}

	private key(target: string, type: string, listener: object, options?: boolean | EventListenerOptions): string {
		if (!this.keyOf.has(listener)) this.keyOf.set(listener, this.nextKey++);
		const capture = typeof options === "boolean" ? options : Boolean(options?.capture);
		return `${target}:${type}:${this.keyOf.get(listener)}:${capture}`;
	}
}

function ourListeners(app: FakeApp): Record<string, number> {
	return { vault: app.vault.listenerCount(), metadataCache: app.metadataCache.listenerCount(), workspace: app.workspace.listenerCount() };
}

function internalSubscribers(plugin: FrameworkAtlasPlugin): { index: number; language: number } {
	const sizeOf = (holder: unknown) => ((holder as { listeners: Set<unknown> }).listeners ?? new Set()).size;
	return { index: sizeOf(plugin.index), language: sizeOf(plugin.language) };
}

/** Opens every registered view, renders every code block language, so features register all they would. */
async function exerciseEverything(app: FakeApp, plugin: FrameworkAtlasPlugin): Promise<Component[]> {
	for (const type of [...app.workspace.viewCreators.keys()]) {
		const leaf = app.workspace.getRightLeaf(false);
		await leaf.setViewState({ type, active: true });
		if (leaf.view) document.body.appendChild(leaf.view.containerEl);
	}
	const blockChildren: Component[] = [];
	for (const [, handler] of (plugin as unknown as MockPlugin).codeBlockProcessors) {
		const el = document.body.appendChild(document.createElement("div"));
		const ctx = {
			sourcePath: "Frameworks/veRL.md",
			docId: "doc",
			frontmatter: undefined,
			addChild: (child: Component) => {
				child.load();
				blockChildren.push(child);
			},
			getSectionInfo: () => null,
		} as unknown as MarkdownPostProcessorContext;
		await handler("stage:rl view:cards", el, ctx);
	}
	await app.vault.create("Frameworks/New one.md", "---\ntags: [framework]\nname: New one\nstage: rl\n---\n");
	app.vault.write("Frameworks/New one.md", "---\ntags: [framework]\nname: New one\nstage: deploy\n---\n");
	await settle();
	return blockChildren;
}

let watch: LeakWatch;
beforeEach(() => {
	document.body.replaceChildren();
	// jsdom's selector engine adds its own document listeners the first time it runs: not ours.
	document.body.querySelector(":scope > div:hover");
	watch = new LeakWatch();
	watch.start();
});
afterEach(() => watch.stop());

test("after unload no listener, interval, DOM node, view or subscriber of ours remains", async () => {
	const app = seededApp(vaultNotes(SAMPLE_VAULT));
	expect(ourListeners(app)).toEqual({ vault: 0, metadataCache: 0, workspace: 0 });
	const plugin = await startPlugin(app);
	const blockChildren = await exerciseEverything(app, plugin);
	// The test means something only if the plugin really was listening.
	expect(app.vault.listenerCount() + app.metadataCache.listenerCount()).toBeGreaterThan(0);
	expect(plugin.index.entries().map((e) => e.name)).toContain("New one");
	const views = app.workspace.leaves.map((leaf) => leaf.view as Component | null).filter((view): view is Component => view !== null);
	// The dashboard has landed: there is at least one view and one ribbon icon to clean up.
	expect(views.length).toBeGreaterThan(0);
	expect(appChrome("side-dock-ribbon").children.length).toBeGreaterThan(0);

	plugin.unload();
	// Obsidian re-renders notes without our processor: their render children unload with them.
	for (const child of blockChildren) child.unload();
	await settle(10);

	expect(ourListeners(app)).toEqual({ vault: 0, metadataCache: 0, workspace: 0 });
	expect(watch.intervals.size).toBe(0);
	expect(watch.liveListeners).toEqual([]);
	expect(appChrome("side-dock-ribbon").children).toHaveLength(0);
	expect(appChrome("status-bar").children).toHaveLength(0);
	expect(app.workspace.viewCreators.size).toBe(0);
	expect(app.workspace.leaves.filter((leaf) => leaf.view !== null)).toEqual([]);
	for (const view of views) expect(view._loaded).toBe(false);
	expect(internalSubscribers(plugin)).toEqual({ index: 0, language: 0 });
	expect((plugin as unknown as MockPlugin).codeBlockProcessors.size).toBe(0);
	// Views: Obsidian drops a closed view's container; the view must have emptied what it drew by then.
	const viewRoots = views.flatMap((view) => [...(view as unknown as { containerEl: HTMLElement }).containerEl.querySelectorAll(OURS)]);
	expect(viewRoots.map((root) => root.childElementCount)).toEqual(viewRoots.map(() => 0));
	// Only rendered note content (code blocks Obsidian has not re-rendered yet) may still show our classes.
	const inBlocks = blockChildren.reduce((n, child) => n + ((child as unknown as { containerEl?: HTMLElement }).containerEl?.querySelectorAll(OURS).length ?? 0), 0);
	expect(document.querySelectorAll(OURS).length).toBe(inBlocks + viewRoots.length);
});

test("vault events after unload reach nothing of ours and throw nothing", async () => {
	const app = seededApp(vaultNotes(SAMPLE_VAULT));
	const plugin = await startPlugin(app);
	const before = plugin.index.snapshot();
	plugin.unload();
	await app.vault.create("Frameworks/After unload.md", "---\ntags: [framework]\nname: After unload\n---\n");
	app.vault.write("Frameworks/veRL.md", "---\ntags: [reading]\n---\n");
	await app.vault.delete(app.vault.getFileByPath("Frameworks/EasyR1.md")!);
	expect(plugin.index.snapshot()).toBe(before);
});

test("unload before the layout is ready (Obsidian quitting during startup) leaves nothing and never starts reading", async () => {
	const app = new FakeApp().seed({ "a.md": "---\ntags: [framework]\n---\n" });
	const { default: Plugin } = await import("../../src/plugin/main");
	const plugin = new Plugin(app as never, { id: "framework-atlas" } as never);
	plugin.load();
	await settle();
	plugin.unload();
	app.workspace.finishLayout();
	await settle();
	expect(ourListeners(app)).toEqual({ vault: 0, metadataCache: 0, workspace: 0 });
	expect(plugin.index.entries()).toEqual([]);
});

test("load, unload, load again: one set of listeners, never two", async () => {
	const app = seededApp(vaultNotes(SAMPLE_VAULT));
	const first = await startPlugin(app);
	const counts = ourListeners(app);
	first.unload();
	const second = await startPlugin(app);
	expect(ourListeners(app)).toEqual(counts);
	second.unload();
	expect(ourListeners(app)).toEqual({ vault: 0, metadataCache: 0, workspace: 0 });
});

test("the watch is not blind: a feature that forgets its cleanup is caught", async () => {
	const { FEATURES } = await import("../../src/plugin/features");
	const leaky = (plugin: FrameworkAtlasPlugin) => {
		window.addEventListener("resize", () => undefined);
		window.setInterval(() => undefined, 60_000);
		plugin.app.vault.on("modify", () => undefined);
		appChrome("status-bar").appendChild(document.createElement("span"));
	};
	const feature = { id: "leaky", register: leaky };
	(FEATURES as unknown as unknown[]).push(feature);
	try {
		const app = seededApp([]);
		const plugin = await startPlugin(app);
		plugin.unload();
		expect(watch.liveListeners).toHaveLength(1);
		expect(watch.intervals.size).toBe(1);
		expect(app.vault.listenerCount()).toBe(1);
		expect(appChrome("status-bar").children).toHaveLength(1);
		for (const id of watch.intervals) window.clearInterval(id);
	} finally {
		(FEATURES as unknown as unknown[]).splice((FEATURES as unknown as unknown[]).indexOf(feature), 1);
	}
});
