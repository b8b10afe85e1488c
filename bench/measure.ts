import { performance } from "node:perf_hooks";

/** Summary of repeated timings, in milliseconds. */
export interface Timing {
	median: number;
	p99: number;
	min: number;
	runs: number;
}

export interface RunPlan {
	warmup: number;
	runs: number;
}

export function summarize(samples: readonly number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
	return { median: at(0.5), p99: at(0.99), min: sorted[0]!, runs: sorted.length };
}

/** Times `fn` after warm-up runs; `setup` (untimed) runs before every call. */
export function timeSync(fn: () => unknown, plan: RunPlan, setup?: () => void): Timing {
	const samples: number[] = [];
	for (let i = 0; i < plan.warmup + plan.runs; i++) {
		setup?.();
		const start = performance.now();
		fn();
		const elapsed = performance.now() - start;
		if (i >= plan.warmup) samples.push(elapsed);
	}
	return summarize(samples);
}

/**
 * Times several contenders in turns (a, b, c, a, b, c, …) so drift in the machine's state
 * (page cache, GC pressure, CPU frequency) spreads evenly over them.
 */
export function timeInTurns(contenders: Record<string, () => unknown>, plan: RunPlan): Record<string, Timing> {
	const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
	for (let i = 0; i < plan.warmup + plan.runs; i++) {
		for (const [name, fn] of Object.entries(contenders)) {
			const start = performance.now();
			fn();
			const elapsed = performance.now() - start;
			if (i >= plan.warmup) samples[name]!.push(elapsed);
		}
	}
	return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summarize(list)]));
}
