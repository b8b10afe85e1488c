import { browserSkip } from "../browser-skip";
import { launchBrowser } from "../../test/browser/harness";
import { summarize } from "../measure";
import type { BoardTiming } from "../pages/board-bench-page";
import type { Measurement } from "../results";
import { mainThreadTime } from "../thread-time";
import type { SyntheticNote } from "../vault-generator";

const PAGE = "bench/pages/board-bench-page.ts";

/**
 * (board) The dashboard's board layout in headless Chromium: first paint next to the list layout of the
 * same run, and a move (one-line edit + index upsert + the renderer's redraw) next to a body edit of the
 * same note that changes no stage. Timings are wall-clock on the main thread until the frame is painted;
 * each row's note adds the main thread's CPU time from a few traced runs, which other load leaves out.
 */
export async function measureBoard(notes: readonly SyntheticNote[], runs: number): Promise<Measurement[]> {
	const group = `board (${notes.filter((n) => n.kind === "entry").length} entries)`;
	const skipped = browserSkip(group);
	if (skipped) return skipped;
	const session = await launchBrowser(["--js-flags=--expose-gc"]);
	try {
		const shown = notes.filter((n) => n.kind !== "ordinary").map((n) => [n.path, n.text]);
		const view = await session.open({ entry: PAGE, globals: { atlasBenchNotes: shown }, viewport: { width: 1100, height: 900 } });
		const samples: Record<"board" | "list" | "move" | "touch", BoardTiming[]> = { board: [], list: [], move: [], touch: [] };
		const warmup = 3;
		for (let i = 0; i < warmup + runs; i++) {
			const list = await view.page.evaluate(() => window.atlasBoard.firstPaint("list"));
			const board = await view.page.evaluate(() => window.atlasBoard.firstPaint("board"));
			if (i >= warmup) {
				samples.list.push(list);
				samples.board.push(board);
			}
		}
		for (let i = 0; i < warmup + runs * 3; i++) {
			const move = await view.page.evaluate((n) => window.atlasBoard.move(n), i * 37);
			const touch = await view.page.evaluate((n) => window.atlasBoard.touch(n), i * 37 + 11);
			if (i >= warmup) {
				samples.move.push(move);
				samples.touch.push(touch);
			}
		}
		// A few more runs under a trace, for the CPU time the main thread spent (reported next to the wall-clock).
		const traced = { board: [] as number[], move: [] as number[] };
		for (let i = 0; i < Math.min(runs, 5); i++) {
			traced.board.push(await mainThreadTime(session.browser, view.page, () => view.page.evaluate(() => window.atlasBoard.firstPaint("board"))));
			traced.move.push(await mainThreadTime(session.browser, view.page, () => view.page.evaluate((n) => window.atlasBoard.move(n), i * 53 + 5)));
		}
		if (view.consoleErrors.length > 0) throw new Error(`board bench page errors: ${view.consoleErrors.join("; ")}`);
		await view.close();
		const cpu = (list: number[]) => `main-thread CPU time ${summarize(list).median.toFixed(1)} ms (median of ${list.length} traced runs)`;
		const painted = (list: BoardTiming[]) => summarize(list.map((s) => s.painted));
		const syncMedian = (list: BoardTiming[]) => `${summarize(list.map((s) => s.sync)).median.toFixed(2)} ms`;
		const [board, list, move, touch] = [painted(samples.board), painted(samples.list), summarize(samples.move.map((s) => s.sync)), summarize(samples.touch.map((s) => s.sync))];
		return [
			{ group, name: "list layout: first paint → painted", value: list.median, min: list.min, unit: "ms", note: `${samples.list.at(-1)?.cards ?? 0} cards; call ${syncMedian(samples.list)}` },
			{
				group,
				name: "board layout: first paint → painted",
				value: board.median,
				min: board.min,
				unit: "ms",
				baseline: { name: "list layout, same run", value: list.median },
				budget: { max: 100, of: "value", strict: true },
				note: `${samples.board.at(-1)?.cards ?? 0} cards; call ${syncMedian(samples.board)}; ${cpu(traced.board)}`,
			},
			{
				group,
				name: "move: stage edit + index upsert + redraw (main thread)",
				value: move.median,
				min: move.min,
				unit: "ms",
				baseline: { name: "body edit of the same note, same path", value: touch.median },
				budget: { max: 16, of: "value", strict: true },
				note: `p99 ${move.p99.toFixed(2)} ms over ${samples.move.length} moves; until painted ${summarize(samples.move.map((s) => s.painted)).median.toFixed(1)} ms, ${cpu(traced.move)}`,
			},
		];
	} finally {
		await session.close();
	}
}
