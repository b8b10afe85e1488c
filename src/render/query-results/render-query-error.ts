import type { QueryError } from "../../core/query/query-types";
import { describeQueryError } from "../../i18n/query/describe-query-error";
import type { Translator } from "../../i18n/translator";
import { el } from "../dom";

/** The error inline, never a blank block: title, message with hint, and the line with a caret under the culprit. */
export function renderQueryError(parent: HTMLElement, source: string, error: QueryError, i18n: Translator): HTMLElement {
	const box = el(parent, "div", { cls: "atlas-query-error", attr: { role: "alert" } });
	el(box, "div", { cls: "atlas-query-error-title", text: i18n.t("query.results.errorTitle") });
	el(box, "div", { cls: "atlas-query-error-message", text: describeQueryError(error, i18n) });
	const line = source.split(/\r?\n/)[error.line - 1];
	if (line !== undefined && line.trim() !== "") {
		const caret = " ".repeat(error.column - 1) + "^".repeat(Math.max(1, error.length));
		el(box, "pre", { cls: "atlas-query-error-source", text: `${line}\n${caret}` });
	}
	return box;
}
