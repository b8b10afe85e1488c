import type { Diagnostic } from "../core/model/diagnostic";
import type { Translator } from "./translator";

export function describeDiagnostic(d: Diagnostic, { t }: Translator): string {
	return t(`diagnostics.${d.code}`, translatedParams(d, t));
}

/** Params that are themselves codes (the shape a field-type warning expected) are phrased too. */
function translatedParams(d: Diagnostic, t: Translator["t"]): Record<string, string> {
	const expected = d.params.expected;
	if (d.code !== "field-type" || expected === undefined) return d.params;
	const key = `diagnostics.expected.${expected}`;
	const phrased = t(key);
	return { ...d.params, expected: phrased === key ? expected : phrased };
}
