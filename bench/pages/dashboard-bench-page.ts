// Benchmark page (4): the real DashboardRenderer and a bare-DOM baseline, timed inside Chromium.
// The index is built once when the page loads, from the notes the bench passes in; every timed run
// starts from that ready snapshot, so the figures are rendering, not parsing.
import { buildIndex } from "../../src/core/index/build-index";
import { entryName } from "../../src/core/text/bilingual";
import { translator } from "../../src/i18n/translator";
import { DashboardRenderer } from "../../src/render/dashboard/dashboard-renderer";
import { SCROLLER_CLASS } from "./bench-scroller";

export interface PaintTiming {
	/** performance.now() when the work started. */
	start: number;
	/** The synchronous DOM work: from the start of the call until it returns. */
	sync: number;
	/** Until the main thread has styled, laid out and painted the frame holding the result (see `timeToPaint`). */
	painted: number;
	/** Until that frame was presented, by Element Timing on the first visible text; null if no entry came. */
	presented: number | null;
	/** Elements under the rendered root, to compare the amount of DOM. */
	elements: number;
	/** Entry cards in the DOM (0 for the baseline). */
	cards: number;
}

/** Scrolling the open dashboard to its end, a pane per frame, as a reader flinging through it would. */
export interface ScrollTiming {
	/** Long tasks (over 50 ms, Chromium's `longtask` entries) while scrolling. */
	longTasks: number;
	/** The longest of them in ms (0 when there was none). */
	longestTask: number;
	/** The longest gap between two animation frames while scrolling, in ms. */
	longestFrame: number;
	frames: number;
	/** Cards drawn once the end was reached (the lazy batches loaded on the way). */
	cards: number;
}

export interface DashboardBench {
	entryCount: number;
	indexMs: number;
	/** The dashboard as it opens: lazy sections (the renderer's default chunk per stage). */
	firstPaint(): Promise<PaintTiming>;
	/** The dashboard drawing every card at once (a chunk as large as the index). */
	fullRender(): Promise<PaintTiming>;
	/** The dashboard as it opens, then every lazy "show more" batch drawn until no section has more. */
	expandLazily(): Promise<PaintTiming>;
	/** One plain div with the entry's name per entry: what appending that many elements costs. */
	bareDom(): Promise<PaintTiming>;
	/** The dashboard as it opens in a pane the height of the window, then scrolled to its end. */
	scrollToEnd(): Promise<ScrollTiming>;
}

declare global {
	interface Window {
		atlasBenchNotes?: [string, string][];
		/** Frames a scroll run may take before it gives up (the bench's guard against a page that never ends). */
		atlasMaxFrames?: number;
		/** How far each frame scrolls, in panes (half a pane: about 27,000 px/s in a 900 px pane, a hard fling). */
		atlasScrollStep?: number;
		atlasBench: DashboardBench;
	}
}

const app = document.getElementById("app")!;
const indexStart = performance.now();
const snapshot = buildIndex(window.atlasBenchNotes ?? []).snapshot();
const indexMs = performance.now() - indexStart;
const i18n = translator("en");
const names = snapshot.stages.flatMap((group) => group.entries.map((placed) => entryName(placed.entry, "en").text));
const noop = (): void => undefined;
let teardown: () => void = noop;

/** Element Timing entries (Chromium): when an element marked `elementtiming` was first presented. */
interface ElementTimingEntry extends PerformanceEntry {
	identifier: string;
	renderTime: number;
}

const presentations = new Map<string, (renderTime: number) => void>();
new PerformanceObserver((list) => {
	for (const entry of list.getEntries() as ElementTimingEntry[]) if (entry.renderTime > 0) presentations.get(entry.identifier)?.(entry.renderTime);
}).observe({ type: "element" });
let runs = 0;

/**
 * Starts `work` at the beginning of a frame (inside a requestAnimationFrame callback) and stops the
 * clock twice. `painted`: in a task posted from there; the browser runs style, layout and paint for
 * that frame right after the rAF callbacks, before any task, so the task runs once the main thread has
 * painted it (rasterising on the compositor is not included). `presented`: the Element Timing entry
 * of `marker` (the first text the user sees), marked before the frame, whose renderTime is when that
 * frame was presented, rasterising included. Starting inside rAF keeps the wait for the next vsync
 * (up to a frame, pure noise) out of both; the same clocks time the baseline.
 */
async function timeToPaint(work: () => HTMLElement, marker: string): Promise<PaintTiming> {
	const id = `run-${++runs}`;
	const presented = new Promise<number | null>((resolve) => {
		presentations.set(id, resolve);
		window.setTimeout(() => resolve(null), 2000);
	});
	const timing = await new Promise<Omit<PaintTiming, "presented">>((resolve) => {
		window.requestAnimationFrame(() => {
			const start = performance.now();
			const root = work();
			const sync = performance.now() - start;
			root.querySelector(marker)?.setAttribute("elementtiming", id);
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				const painted = performance.now() - start;
				channel.port1.close();
				resolve({ start, sync, painted, elements: root.getElementsByTagName("*").length, cards: root.getElementsByClassName("atlas-card").length });
			};
			channel.port2.postMessage(null);
		});
	});
	const renderTime = await presented;
	presentations.delete(id);
	return { ...timing, presented: renderTime === null ? null : renderTime - timing.start };
}

/**
 * A fresh, empty view each run, as when the dashboard tab opens. The previous run is removed first and
 * a frame is painted without it, with a garbage collection when the bench exposes `gc`, so its cleanup
 * (style invalidation of the removed tree, its garbage) is not charged to the next run.
 */
async function freshView(): Promise<HTMLElement> {
	teardown();
	(window as { gc?: () => void }).gc?.();
	await new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve)));
	const view = document.createElement("div");
	view.className = "atlas-dashboard-view";
	app.appendChild(view);
	teardown = () => view.remove();
	return view;
}

function openDashboard(view: HTMLElement, chunkSize?: number): DashboardRenderer {
	const renderer = new DashboardRenderer(view, {
		translator: i18n,
		entryTag: "framework",
		...(chunkSize === undefined ? {} : { chunkSize }),
		callbacks: { openNote: noop, toggleLanguage: noop, refresh: noop, collapseChange: noop },
	});
	renderer.render(snapshot);
	return renderer;
}

async function dashboardRun(chunkSize: number | undefined, expand: boolean): Promise<PaintTiming> {
	const view = await freshView();
	return timeToPaint(() => {
		const renderer = openDashboard(view, chunkSize);
		teardown = () => {
			renderer.destroy();
			view.remove();
		};
		if (expand) {
			// What scrolling to the end triggers batch by batch, done at once: every visible "show more".
			for (let more = renderer.root.querySelector<HTMLElement>(".atlas-show-more:not([hidden])"); more; more = renderer.root.querySelector<HTMLElement>(".atlas-show-more:not([hidden])")) {
				more.click();
			}
		}
		return renderer.root;
	}, ".atlas-card-name");
}


const nextFrame = (): Promise<number> => new Promise((resolve) => window.requestAnimationFrame(resolve));

/**
 * Scrolls a pane down by its height every frame until its end is on screen and no "show more" is left
 * to load (each one the IntersectionObserver meets draws the next chunk, which moves the end again).
 * Long tasks are Chromium's own `longtask` entries; frame gaps catch shorter stalls as well.
 */
async function scrollRun(): Promise<ScrollTiming> {
	const view = await freshView();
	view.classList.add(SCROLLER_CLASS);
	const renderer = openDashboard(view);
	teardown = () => {
		renderer.destroy();
		view.remove();
	};
	// Opening is timed by the rows above; the scroll starts once the opened dashboard is on screen.
	await nextFrame();
	await nextFrame();
	const tasks: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) tasks.push(entry.duration);
	});
	observer.observe({ type: "longtask" });
	let last = await nextFrame();
	let longestFrame = 0;
	let frames = 0;
	const maxFrames = window.atlasMaxFrames ?? 20_000;
	const atEnd = (): boolean => view.scrollTop + view.clientHeight >= view.scrollHeight - 1;
	const leftBehind = (): HTMLElement | null => renderer.root.querySelector<HTMLElement>(".atlas-show-more:not([hidden])");
	// A bound keeps a renderer that never stops loading from hanging the bench; the frame count then shows it.
	while (frames < maxFrames) {
		if (!atEnd()) view.scrollTop += Math.round(view.clientHeight * (window.atlasScrollStep ?? 0.5));
		else {
			// Flung past a "show more" (its section's next chunk then waits): go back to it, as a reader would.
			const more = leftBehind();
			if (!more) break;
			more.scrollIntoView({ block: "end" });
		}
		const now = await nextFrame();
		longestFrame = Math.max(longestFrame, now - last);
		last = now;
		frames++;
	}
	// Long-task entries are delivered after the task; one more frame lets the last of them arrive.
	await nextFrame();
	for (const entry of observer.takeRecords()) tasks.push(entry.duration);
	observer.disconnect();
	return { longTasks: tasks.length, longestTask: Math.max(0, ...tasks), longestFrame, frames, cards: renderer.root.getElementsByClassName("atlas-card").length };
}

window.atlasBench = {
	entryCount: snapshot.entryCount,
	indexMs,
	firstPaint: () => dashboardRun(undefined, false),
	fullRender: () => dashboardRun(Math.max(1, snapshot.entryCount), false),
	expandLazily: () => dashboardRun(undefined, true),
	bareDom: async () => {
		const view = await freshView();
		return timeToPaint(() => {
			const root = document.createElement("div");
			view.appendChild(root);
			for (const name of names) {
				const item = document.createElement("div");
				item.textContent = name;
				root.appendChild(item);
			}
			return root;
		}, "div");
	},
	scrollToEnd: scrollRun,
};
