/** One line of the report: a measured figure, the baseline it is compared to, and its budget. */
export interface Measurement {
	group: string;
	name: string;
	/** The median for timings; `min` is the fastest run (the least disturbed by other load on the machine). */
	value: number;
	min?: number;
	unit: "ms" | "KB" | "MB" | "count";
	baseline?: { name: string; value: number };
	budget?: Budget;
	note?: string;
	/** The case could not run here (the name says why); no figure is printed. */
	skipped?: boolean;
}

/** A budget on the absolute value or on the ratio to the baseline. */
export interface Budget {
	max: number;
	of: "value" | "ratio";
	/** `<` when the budget is strict, `≤` otherwise. */
	strict?: boolean;
}

export function ratioOf(m: Measurement): number | null {
	return m.baseline && m.baseline.value > 0 ? m.value / m.baseline.value : null;
}

export function verdict(m: Measurement): "PASS" | "FAIL" | "" {
	if (!m.budget) return "";
	const actual = m.budget.of === "ratio" ? ratioOf(m) : m.value;
	if (actual === null) return "FAIL";
	return (m.budget.strict ? actual < m.budget.max : actual <= m.budget.max) ? "PASS" : "FAIL";
}

export function budgetText(budget: Budget | undefined, unit: string): string {
	if (!budget) return "";
	const op = budget.strict ? "<" : "≤";
	return budget.of === "ratio" ? `${op} ${budget.max}×` : `${op} ${budget.max} ${unit}`;
}
