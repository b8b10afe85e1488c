import type { Diagnostic } from "../core/model/diagnostic";
import type { Translator } from "./translator";

export function describeDiagnostic(d: Diagnostic, { t }: Translator): string {
	return t(`diagnostics.${d.code}`, d.params);
}
