import { budgetText, ratioOf, verdict, type Measurement } from "./results";

function figure(value: number, unit: string): string {
	if (unit === "count") return String(value);
	const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
	return `${value.toFixed(digits)} ${unit}`;
}

/** A plain-text table: figure, baseline, ratio, budget, verdict; grouped by measurement. */
export function formatTable(measurements: readonly Measurement[]): string {
	const header = ["measurement", "median", "min", "baseline", "ratio", "budget", "verdict"];
	const rows: string[][] = [];
	let group = "";
	for (const m of measurements) {
		if (m.group !== group) {
			group = m.group;
			rows.push([`[${group}]`, "", "", "", "", "", ""]);
		}
		const ratio = ratioOf(m);
		rows.push([
			`  ${m.name}${m.note ? ` (${m.note})` : ""}`,
			m.skipped ? "" : figure(m.value, m.unit),
			m.min === undefined ? "" : figure(m.min, m.unit),
			m.baseline ? `${figure(m.baseline.value, m.unit)} ${m.baseline.name}` : "",
			ratio === null ? "" : `${ratio.toFixed(2)}×`,
			budgetText(m.budget, m.unit),
			verdict(m),
		]);
	}
	const widths = header.map((_, col) => Math.max(...[header, ...rows].map((row) => [...row[col]!].length)));
	const line = (row: string[]): string => row.map((cell, col) => cell + " ".repeat(widths[col]! - [...cell].length)).join("  ").trimEnd();
	return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** One line per budgeted measurement: verdict, where it is, the figure the budget is on, and the budget. */
export function formatVerdicts(measurements: readonly Measurement[]): string {
	return measurements
		.filter((m) => m.budget && !m.skipped)
		.map((m) => {
			const ratio = ratioOf(m);
			const actual = m.budget!.of === "ratio" ? (ratio === null ? "no baseline" : `${ratio.toFixed(2)}×`) : figure(m.value, m.unit);
			return `  ${verdict(m)}  ${actual} ${budgetText(m.budget, m.unit)}  ${m.group} › ${m.name}`;
		})
		.join("\n");
}

export function failures(measurements: readonly Measurement[]): Measurement[] {
	return measurements.filter((m) => verdict(m) === "FAIL");
}
