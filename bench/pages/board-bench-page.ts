// Benchmark page (board): the dashboard in its board layout, and one move (the one-line stage edit,
// the index update and the redraw its listener does), timed inside Chromium on the bench's vault.
import { buildIndex } from "../../src/core/index/build-index";
import { moveStage } from "../../src/core/notes/stage-edit";
import { translator } from "../../src/i18n/translator";
import { DashboardRenderer } from "../../src/render/dashboard/dashboard-renderer";
import type { DashboardLayout } from "../../src/render/dashboard/stage-moves";
import { TIMED_END, TIMED_START } from "../thread-time";

export interface BoardTiming {
	/** Synchronous work: from the start of the call until it returns. */
	sync: number;
	/** Until the main thread has painted the frame with the result (a task posted from the rAF callback). */
	painted: number;
	cards: number;
}

export interface BoardBench {
	entryCount: number;
	/** A fresh dashboard painted in the given layout. */
	firstPaint(layout: DashboardLayout): Promise<BoardTiming>;
	/** Moves the n-th entry to the next stage: edit + index upsert + the renderer's update. */
	move(n: number): Promise<BoardTiming>;
	/** Baseline for a move: a body edit of the same note (same stage), through the same upsert and update. */
	touch(n: number): Promise<BoardTiming>;
}

declare global {
	interface Window {
		atlasBenchNotes?: [string, string][];
		atlasBoard: BoardBench;
	}
}

const app = document.getElementById("app")!;
const notes = new Map(window.atlasBenchNotes ?? []);
const index = buildIndex(notes);
const i18n = translator("en");
const noop = (): void => undefined;
let current: { renderer: DashboardRenderer; view: HTMLElement; stop: () => void } | null = null;

function open(layout: DashboardLayout): DashboardRenderer {
	current?.stop();
	const view = document.createElement("div");
	view.className = "atlas-dashboard-view";
	app.appendChild(view);
	const renderer = new DashboardRenderer(view, {
		translator: i18n,
		entryTag: "framework",
		layout,
		callbacks: { openNote: noop, toggleLanguage: noop, refresh: noop, collapseChange: noop, moveEntry: noop, layoutChange: noop },
	});
	renderer.render(index.snapshot());
	const unsubscribe = index.subscribe((change, snapshot) => renderer.update(change, snapshot));
	current = {
		renderer,
		view,
		stop: () => {
			unsubscribe();
			renderer.destroy();
			view.remove();
		},
	};
	return renderer;
}

function timed(work: () => HTMLElement): Promise<BoardTiming> {
	return new Promise((resolve) => {
		window.requestAnimationFrame(() => {
			performance.mark(TIMED_START);
			const start = performance.now();
			const root = work();
			const sync = performance.now() - start;
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				channel.port1.close();
				performance.mark(TIMED_END);
				resolve({ sync, painted: performance.now() - start, cards: root.getElementsByClassName("atlas-card").length });
			};
			channel.port2.postMessage(null);
		});
	});
}

const settle = (): Promise<void> => new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(() => resolve())));
const entries = index.entries();
const stages = index.parseOptions().vocabulary.stages.map((s) => s.id);

window.atlasBoard = {
	entryCount: index.snapshot().entryCount,
	async firstPaint(layout) {
		current?.stop();
		(window as { gc?: () => void }).gc?.();
		await settle();
		return timed(() => open(layout).root);
	},
	async move(n) {
		if (!current) open("board");
		await settle();
		const entry = entries[n % entries.length]!;
		const path = entry.path;
		const now = index.entry(path)!;
		const target = stages[(stages.indexOf(now.stage) + 1) % stages.length]!;
		return timed(() => {
			const edit = moveStage(notes.get(path)!, target, index.parseOptions());
			if (edit.kind !== "edited") throw new Error(`bench move failed: ${edit.kind} ${path}`);
			notes.set(path, edit.text);
			index.upsert(path, edit.text);
			return current!.renderer.root;
		});
	},
	async touch(n) {
		if (!current) open("board");
		await settle();
		const path = entries[n % entries.length]!.path;
		return timed(() => {
			const text = `${notes.get(path)!}\nTouched.\n`;
			notes.set(path, text);
			index.upsert(path, text);
			return current!.renderer.root;
		});
	},
};
