/**
 * How long each property runs. CI (`npm test`) uses the modest base counts written in the tests;
 * `npm run fuzz` sets ATLAS_FUZZ=1 and every property runs 100 times as many cases, with a fresh
 * seed per round (fast-check prints `seed` and `path` of any failure, which replays it exactly).
 */
import fc from "fast-check";

export const FUZZ = process.env.ATLAS_FUZZ === "1";
const FACTOR = FUZZ ? 100 : 1;

export function runs(base: number): fc.Parameters<unknown> {
	const seed = process.env.ATLAS_FUZZ_SEED;
	return { numRuns: base * FACTOR, ...(seed === undefined ? {} : { seed: Number(seed) }) };
}

/** Jest's per-test time limit: generous under fuzz, where one property runs for minutes. */
export const PROPERTY_TIMEOUT = FUZZ ? 30 * 60_000 : 30_000;
