import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";
import { monthBounds, monthSpan, readingTimeline, recentMonths } from "../../../src/core/views/reading-timeline";
import { timelineChart } from "../../../src/core/views/timeline-chart";
import { sampleIndex } from "../../support/sample-index";
import { viewsFixtureIndex } from "../../support/views-fixtures";

describe("readingTimeline", () => {
	it("groups the fixture's sources by the month their own text names, newest first", () => {
		const months = readingTimeline(viewsFixtureIndex().entries());
		expect(months.map((m) => [m.month, m.count])).toEqual([["2025-08", 1], ["2025-07", 2], ["2025-06", 1]]);
		const july = months[1]!;
		expect(july.sources.map((s) => [s.date, s.entry.name])).toEqual([["2025-07-20T18:45", "ServeFast"], ["2025-07-01T00:30", "PolicyLab"]]);
		expect(Object.fromEntries(july.byStage)).toEqual({ deploy: 1, rl: 1 });
	});
	it("the sample's timeline shows its months", () => {
		const months = readingTimeline(sampleIndex().entries());
		expect(months.length).toBeGreaterThan(0);
		expect(months.map((m) => m.month)).toEqual([...months.map((m) => m.month)].sort().reverse());
		expect(months.reduce((n, m) => n + m.count, 0)).toBe(sampleIndex().entries().reduce((n, e) => n + e.sources.length, 0));
	});
	it("month helpers: bounds, spans across a year end, the last months of a local date", () => {
		expect(monthBounds("2025-12")).toEqual({ after: "2025-12-01", before: "2026-01-01" });
		expect(monthSpan("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
		expect(recentMonths(new Date(2026, 0, 15), 3)).toEqual(["2025-11", "2025-12", "2026-01"]);
	});
	it("the chart has a bar per month between the first and last, empty ones included, stacked by stage", () => {
		const index = viewsFixtureIndex();
		const chart = timelineChart(readingTimeline(index.entries()), index.snapshot().stages.map((g) => g.stage));
		expect(chart.bars.map((b) => [b.month, b.total])).toEqual([["2025-06", 1], ["2025-07", 2], ["2025-08", 1]]);
		const july = chart.bars[1]!;
		expect(july.segments.map((s) => s.stage)).toEqual(["rl", "deploy"]);
		expect(july.segments[0]!.y + july.segments[0]!.height).toBeCloseTo(chart.plotHeight, 1);
		expect(chart.bars.every((b) => b.x >= 0 && b.x + b.width <= chart.width)).toBe(true);
	});
});

/** Months come from the date text, never from Date: the same answer in every zone (child processes, one per TZ). */
describe("timeline months under other time zones", () => {
	const ROOT = resolve(__dirname, "..", "..", "..");
	const ZONES = ["Asia/Shanghai", "UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
	const SCRIPT = `
import { buildIndex } from ${JSON.stringify(join(ROOT, "src/core/index/build-index"))};
import { readVaultNotes } from ${JSON.stringify(join(ROOT, "node/vault-files"))};
import { readingTimeline } from ${JSON.stringify(join(ROOT, "src/core/views/reading-timeline"))};
const index = buildIndex(readVaultNotes(${JSON.stringify(join(ROOT, "test/fixtures/views"))}), {});
const months = readingTimeline(index.entries()).map((m) => [m.month, m.sources.map((s) => s.date)]);
process.stdout.write(JSON.stringify({ offset: new Date(2025, 6, 1).getTimezoneOffset(), months }));
`;
	let dir: string;
	let bundle: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "atlas-timeline-tz-"));
		writeFileSync(join(dir, "entry.ts"), SCRIPT);
		bundle = join(dir, "run.js");
		buildSync({ entryPoints: [join(dir, "entry.ts")], bundle: true, platform: "node", outfile: bundle, logLevel: "silent" });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("2025-07-01 00:30 is in July and 2025-06-30 23:59 in June in every zone", () => {
		const answers = ZONES.map((zone) => JSON.parse(execFileSync(process.execPath, [bundle], { env: { ...process.env, TZ: zone }, encoding: "utf8" })) as { offset: number; months: [string, string[]][] });
		expect(new Set(answers.map((a) => a.offset)).size).toBe(ZONES.length);
		for (const answer of answers) {
			expect(answer.months).toEqual(answers[0]!.months);
			expect(answer.months.find(([m]) => m === "2025-07")![1]).toContain("2025-07-01T00:30");
			expect(answer.months.find(([m]) => m === "2025-06")![1]).toEqual(["2025-06-30T23:59"]);
		}
	});
});
