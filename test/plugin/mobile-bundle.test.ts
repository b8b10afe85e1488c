/**
 * Obsidian mobile has no Node: no Buffer, process, fs or path. This loads the real built main.js
 * (the jest global setup builds it) in a bare V8 context holding only what a mobile webview offers,
 * with a `require` that answers `obsidian` alone, then indexes real notes through the plugin.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { readVaultNotes } from "../../node/vault-files";
import { dashboardZh } from "../../src/i18n/locales/zh/dashboard";
import { fixtureText } from "../support/note-fixtures";
import { REPO_ROOT, SAMPLE_VAULT } from "../support/run-cli-capture";

const MAIN_JS = join(REPO_ROOT, "main.js");

/** A do-nothing value that can be called, constructed, extended and read from, for APIs other features touch. */
function anything(): unknown {
	const target = function () {};
	const proxy: unknown = new Proxy(target, {
		get: (_t, key) => (key === "then" || typeof key === "symbol" ? undefined : proxy),
		apply: () => proxy,
		construct: () => proxy as object,
	});
	return proxy;
}

/** A base class whose unknown methods are harmless no-ops (addCommand, registerView, addRibbonIcon, …). */
function stubClass(name: string): new (...args: unknown[]) => object {
	const base = class {
		constructor(...args: unknown[]) {
			if (name === "Plugin" || name === "PluginSettingTab") Object.assign(this, { app: args[0], manifest: args[1] });
		}
	};
	Object.setPrototypeOf(base.prototype, new Proxy({}, { get: (_t, key) => (typeof key === "symbol" || key === "then" ? undefined : () => anything()) }));
	return base;
}

class TAbstractFile {
	constructor(public path: string) {}
}
class TFile extends TAbstractFile {
	extension = this.path.slice(this.path.lastIndexOf(".") + 1);
	basename = this.path.slice(this.path.lastIndexOf("/") + 1).replace(/\.md$/, "");
}
class TFolder extends TAbstractFile {}

function obsidianStub(locale: string): Record<string, unknown> {
	const Plugin = stubClass("Plugin");
	// register/registerInterval/unload behave as Obsidian's Component: unload runs every cleanup.
	const cleanups = new WeakMap<object, (() => void)[]>();
	const cleanupsOf = (plugin: object): (() => void)[] => cleanups.get(plugin) ?? (cleanups.set(plugin, []), cleanups.get(plugin)!);
	Object.assign(Plugin.prototype, {
		loadData: () => Promise.resolve(null),
		saveData: () => Promise.resolve(),
		registerEvent: () => undefined,
		register(this: object, cleanup: () => void) {
			cleanupsOf(this).push(cleanup);
		},
		registerInterval(this: object, id: number) {
			cleanupsOf(this).push(() => timers.clearInterval(id as unknown as ReturnType<typeof setInterval>));
			return id;
		},
		unload(this: { onunload?: () => void }) {
			for (const cleanup of cleanupsOf(this).splice(0).reverse()) cleanup();
			this.onunload?.();
		},
	});
	const known: Record<string, unknown> = {
		Plugin,
		Component: stubClass("Component"),
		PluginSettingTab: stubClass("PluginSettingTab"),
		ItemView: stubClass("ItemView"),
		Modal: stubClass("Modal"),
		TFile,
		TFolder,
		TAbstractFile,
		getLanguage: () => locale,
		normalizePath: (p: string) => p,
	};
	return new Proxy(known, { get: (t, key) => (typeof key === "string" && key in t ? t[key] : typeof key === "string" && /^[A-Z]/.test(key) ? stubClass(key) : anything()) });
}

interface LoadedBundle {
	Plugin: new (app: unknown, manifest: unknown) => { onload(): Promise<void>; unload(): void; index: { snapshot(): unknown }; language: { i18n: { t(key: string, params?: Record<string, unknown>): string } } };
	required: string[];
	context: Record<string, unknown>;
}

/** The webview's timers, counted: a plugin that is unloaded must leave no interval or timeout behind
 * (a forgotten hourly interval once kept the test process alive after the run). */
const live = { intervals: new Set<ReturnType<typeof setInterval>>(), timeouts: new Set<ReturnType<typeof setTimeout>>() };
const timers = {
	setTimeout: (fn: () => void, ms?: number) => {
		const id = setTimeout(() => (live.timeouts.delete(id), fn()), ms);
		live.timeouts.add(id);
		return id;
	},
	clearTimeout: (id: ReturnType<typeof setTimeout>) => (live.timeouts.delete(id), clearTimeout(id)),
	setInterval: (fn: () => void, ms?: number) => {
		const id = setInterval(fn, ms);
		live.intervals.add(id);
		return id;
	},
	clearInterval: (id: ReturnType<typeof setInterval>) => (live.intervals.delete(id), clearInterval(id)),
};
afterEach(() => {
	// Whatever a failing test left running must not outlive it.
	for (const id of live.intervals) clearInterval(id);
	for (const id of live.timeouts) clearTimeout(id);
	live.intervals.clear();
	live.timeouts.clear();
});

function loadBundle(locale = "en"): LoadedBundle {
	const required: string[] = [];
	const obsidian = obsidianStub(locale);
	const require = (name: string): unknown => {
		required.push(name);
		if (name === "obsidian") return obsidian;
		throw new Error(`Cannot find module '${name}' (not available on mobile)`);
	};
	// Only what a mobile webview offers; notably no Buffer, process, global, require, __dirname.
	const context: Record<string, unknown> = createContext({ console, ...timers, queueMicrotask, URL, TextEncoder, TextDecoder });
	context.window = runInContext("this", context);
	const module = { exports: {} as Record<string, unknown> };
	// Obsidian wraps main.js in a function with these three names, as CommonJS does.
	const wrapped = runInContext(`(function (module, exports, require) {${readFileSync(MAIN_JS, "utf8")}\n})`, context) as (m: unknown, e: unknown, r: unknown) => void;
	wrapped(module, module.exports, require);
	const Plugin = (module.exports.default ?? module.exports) as LoadedBundle["Plugin"];
	return { Plugin, required, context };
}

function fakeApp(notes: [string, string][]) {
	const on = () => ({});
	const files = notes.map(([path]) => new TFile(path));
	const texts = new Map(notes);
	return {
		vault: { on, getMarkdownFiles: () => files, cachedRead: (file: TFile) => Promise.resolve(texts.get(file.path)!), configDir: ".obsidian" },
		// No cache yet: every note is a candidate and is read, so the parser sees them all.
		metadataCache: { on, getFileCache: () => null },
		workspace: { on, onLayoutReady: (callback: () => void) => callback(), getLeavesOfType: () => [] },
	};
}

describe("main.js on a mobile-like runtime", () => {
	const source = readFileSync(MAIN_JS, "utf8");

	it("requires nothing but obsidian", () => {
		const modules = new Set([...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
		expect([...modules]).toEqual(["obsidian"]);
		expect(source).not.toMatch(/require\(\s*["'](node:)?(fs|path|os|buffer|child_process|crypto)["']\s*\)/);
	});

	it("never reads the Node globals Buffer or process at runtime", () => {
		// The injected Buffer stand-in is a bundle-local variable; any use of the real global would throw below.
		expect(source).not.toMatch(/\bprocess\.(env|platform|versions|cwd)\b/);
		expect(source).not.toMatch(/\bglobal\.Buffer\b/);
	});

	it("loads without Node and indexes the sample vault and hostile notes through the plugin", async () => {
		const { Plugin, required, context } = loadBundle();
		const notes: [string, string][] = [
			...readVaultNotes(SAMPLE_VAULT),
			["Hostile/js.md", fixtureText("unsafe/frontmatter-js.md")],
			["Hostile/javascript.md", fixtureText("unsafe/frontmatter-javascript.md")],
			["Hostile/alias-bomb.md", fixtureText("malformed/alias-bomb.md")],
			["Hostile/bom.md", fixtureText("malformed/bom.md")],
			["Hostile/crlf.md", fixtureText("malformed/crlf.md")],
			["Hostile/dates.md", fixtureText("fields/dates-as-text.md")],
		];
		const plugin = new Plugin(fakeApp(notes), { id: "framework-atlas", version: "0.1.0" });
		await plugin.onload();
		await new Promise((resolve) => setTimeout(resolve, 10));
		// Copy out of the other realm as plain data.
		const snapshot = JSON.parse(JSON.stringify(plugin.index.snapshot())) as {
			entryCount: number;
			stages: { stage: { id: string }; entries: { entry: { name: string; starred: boolean; basedOn: string | null; sources: { date: string }[] } }[] }[];
			problems: { path: string; code: string }[];
		};
		expect(required.every((name) => name === "obsidian")).toBe(true);
		expect(snapshot.stages.map((g) => [g.stage.id, g.entries.length])).toEqual([
			["learning", 4],
			["pretrain", 0],
			["finetune", 3],
			["rl", 12],
			["deploy", 4],
			["uncategorized", 1],
		]);
		const entries = snapshot.stages.flatMap((g) => g.entries.map((p) => p.entry));
		expect(entries.filter((e) => e.starred).map((e) => e.name)).toEqual(["OpenRLHF", "veRL"]);
		expect(entries.find((e) => e.name === "EasyR1")?.basedOn).toBe("veRL");
		expect(entries.find((e) => e.name === "dates")?.sources.map((s) => s.date)).toEqual(["2025-07-02", "2025-07-02T00:30:00", "2025-12-31T23:59", "2025-01-01T00:00:01"]);
		expect(snapshot.problems.map((p) => [p.path, p.code])).toEqual([
			["Hostile/alias-bomb.md", "yaml-aliases"],
			["Hostile/javascript.md", "frontmatter-language"],
			["Hostile/js.md", "frontmatter-language"],
		]);
		expect(context.__atlasFrontmatterRan).toBeUndefined();
		expect((global as { __atlasFrontmatterRan?: unknown }).__atlasFrontmatterRan).toBeUndefined();
		expect(runInContext("typeof Buffer + typeof process + typeof require", context)).toBe("undefinedundefinedundefined");
		expect(live.intervals.size).toBeGreaterThan(0);
		plugin.unload();
		expect({ intervals: live.intervals.size, timeouts: live.timeouts.size }).toEqual({ intervals: 0, timeouts: 0 });
	});
});

// --- bundle size: main.js is written as UTF-8 (esbuild charset), so Chinese text is stored as itself.
describe("main.js text encoding", () => {
	it("holds Chinese labels as UTF-8 characters, not \\u escapes, and shows them in a zh app", async () => {
		const bytes = readFileSync(MAIN_JS);
		const source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		expect(source).toContain(dashboardZh.title);
		const escaped = [...dashboardZh.title].map((c) => `\\u${c.charCodeAt(0).toString(16)}`).join("");
		expect(source.toLowerCase()).not.toContain(escaped);
		const { Plugin } = loadBundle("zh-CN");
		const plugin = new Plugin(fakeApp([]), { id: "framework-atlas", version: "0.1.0" });
		await plugin.onload();
		expect(plugin.language.i18n.t("dashboard.title")).toBe("框架图谱");
		expect(plugin.language.i18n.t("dashboard.entryCount", { count: 3 })).toBe("3 个条目");
		expect(plugin.language.i18n.t("dashboard.filterPlaceholder")).toBe(dashboardZh.filterPlaceholder);
		plugin.unload();
		expect(live.intervals.size).toBe(0);
	});
});
