import { failures, formatTable, formatVerdicts } from "../../bench/report";
import type { Measurement } from "../../bench/results";

const group = "board (2000 entries)";
const measurements: Measurement[] = [
	{ group, name: "list layout: first paint", value: 70, unit: "ms" },
	{ group, name: "board layout: first paint", value: 104.2, unit: "ms", budget: { max: 100, of: "value", strict: true } },
	{ group, name: "move", value: 3.1, unit: "ms", budget: { max: 16, of: "value", strict: true } },
	{ group: "memory", name: "growth", value: 12, unit: "MB", baseline: { name: "kept", value: 8 }, budget: { max: 1.5, of: "ratio" } },
	{ group: "memory", name: "no baseline", value: 12, unit: "MB", budget: { max: 1.5, of: "ratio" } },
];

describe("bench report", () => {
	it("lists every budget with its verdict, the figure it is on and the budget, and nothing else", () => {
		expect(formatVerdicts(measurements).split("\n")).toEqual([
			"  FAIL  104 ms < 100 ms  board (2000 entries) › board layout: first paint",
			"  PASS  3.10 ms < 16 ms  board (2000 entries) › move",
			"  PASS  1.50× ≤ 1.5×  memory › growth",
			"  FAIL  no baseline ≤ 1.5×  memory › no baseline",
		]);
		expect(failures(measurements).map((m) => m.name)).toEqual(["board layout: first paint", "no baseline"]);
	});

	it("names the verdict column of the table and puts each verdict on its row", () => {
		const lines = formatTable(measurements).split("\n");
		expect(lines[0]).toMatch(/budget\s+verdict$/);
		expect(lines.find((l) => l.includes("board layout"))).toMatch(/< 100 ms\s+FAIL$/);
		expect(lines.find((l) => l.includes("list layout"))).not.toMatch(/PASS|FAIL/);
	});
});
