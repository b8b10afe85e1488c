import type { StageDefinition, StageId } from "../stages/stage-vocabulary";
import { monthSpan } from "./reading-timeline";

/** A month's count for one stage, as far as the chart is concerned. */
export interface MonthCounts {
	month: string;
	byStage: ReadonlyMap<StageId, number>;
}

export interface ChartSegment {
	stage: StageId;
	/** The stage's place in the vocabulary: picks its colour (`--atlas-stage-N`). */
	stageIndex: number;
	count: number;
	y: number;
	height: number;
}

export interface ChartBar {
	month: string;
	total: number;
	x: number;
	width: number;
	/** Bottom to top in vocabulary order. */
	segments: ChartSegment[];
	/** Whether the month's label is printed under the axis (not every one fits). */
	labelled: boolean;
}

/** Geometry only, in the coordinates of `viewBox="0 0 width height"`; the DOM and the html export draw it. */
export interface TimelineChart {
	width: number;
	height: number;
	/** Height of the bar area (labels are drawn outside the chart, one cell per bar). */
	plotHeight: number;
	max: number;
	bars: ChartBar[];
}

export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 120;
const LABEL_SPACE = 0;
const GAP = 0.2;
/** At most this many month labels, so they never overlap in a narrow sidebar. */
const MAX_LABELS = 6;

/**
 * Bars oldest to newest, left to right, one per month from the first to the last (empty months
 * included, so gaps in reading show as gaps). `months` may arrive in any order.
 */
export function timelineChart(months: readonly MonthCounts[], stages: readonly StageDefinition[], span?: readonly string[]): TimelineChart {
	const byMonth = new Map(months.map((m) => [m.month, m.byStage]));
	const sorted = [...byMonth.keys()].sort();
	const all = span ?? (sorted.length === 0 ? [] : monthSpan(sorted[0]!, sorted[sorted.length - 1]!));
	const plotHeight = CHART_HEIGHT - LABEL_SPACE;
	const totals = all.map((month) => [...(byMonth.get(month)?.values() ?? [])].reduce((a, b) => a + b, 0));
	const max = Math.max(1, ...totals);
	const slot = all.length === 0 ? CHART_WIDTH : CHART_WIDTH / all.length;
	const every = Math.max(1, Math.ceil(all.length / MAX_LABELS));
	const bars = all.map((month, i): ChartBar => {
		const counts = byMonth.get(month);
		let top = plotHeight;
		const segments: ChartSegment[] = [];
		stages.forEach((stage, stageIndex) => {
			const count = counts?.get(stage.id) ?? 0;
			if (count === 0) return;
			const height = (count / max) * (plotHeight - 4);
			top -= height;
			segments.push({ stage: stage.id, stageIndex, count, y: round(top), height: round(height) });
		});
		// The newest month is always labelled, then every `every`-th counting back from it.
		return { month, total: totals[i]!, x: round(i * slot + (slot * GAP) / 2), width: round(slot * (1 - GAP)), segments, labelled: (all.length - 1 - i) % every === 0 };
	});
	return { width: CHART_WIDTH, height: CHART_HEIGHT, plotHeight, max, bars };
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
