import type { Diagnostic } from "../core/model/diagnostic";
import type { Translator } from "./translator";

export function describeDiagnostic(d: Diagnostic, { t }: Translator): string {
	// A field-type warning names the expected shape by code; each language has a whole sentence per shape.
	const shape = d.code === "field-type" ? d.params.expected : undefined;
	if (shape !== undefined) {
		const key = `diagnostics.fieldType.${shape}`;
		const sentence = t(key, d.params);
		if (sentence !== key) return sentence;
	}
	return t(`diagnostics.${d.code}`, d.params);
}
