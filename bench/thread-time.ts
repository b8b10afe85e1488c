import type { Browser, Page } from "playwright-core";

/** Marks a bench page sets (performance.mark) around the work it times; the trace carries them. */
export const TIMED_START = "atlas-timed-start";
export const TIMED_END = "atlas-timed-end";

/** The top-level task events of Chromium's "toplevel" trace category (names differ between versions). */
const TASKS = new Set(["ThreadControllerImpl::RunTask", "RunTask"]);

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	/** Thread (CPU) time of the event, in µs: what the thread itself spent, not the wall-clock. */
	tdur?: number;
}

/**
 * Main-thread CPU time of one timed call, in ms, from a Chromium trace: the thread time of every main-thread
 * task that overlaps the page's start and end marks. Unlike the wall-clock figures, it leaves out the time
 * other processes held the core, so on a shared, loaded machine it says how much work the page really did.
 */
export async function mainThreadTime(browser: Browser, page: Page, call: () => Promise<unknown>): Promise<number> {
	await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing"] });
	let trace: Buffer;
	try {
		await call();
	} finally {
		trace = await browser.stopTracing();
	}
	const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
	// The marks are set on the page's main thread, which tells it apart from other pages' renderers.
	const start = events.find((e) => e.name === TIMED_START);
	const end = events.find((e) => e.name === TIMED_END);
	if (start === undefined || end === undefined) throw new Error("the trace has no timing marks");
	let micros = 0;
	for (const e of events) if (e.pid === start.pid && e.tid === start.tid && TASKS.has(e.name) && e.ph === "X" && e.ts <= end.ts && e.ts + (e.dur ?? 0) >= start.ts) micros += e.tdur ?? e.dur ?? 0;
	return micros / 1000;
}
