import type { SectionHeadings } from "../core/templates/section-headings";
import type { Translator } from "./translator";

/** The built-in template's section headings in the translator's language. */
export function templateHeadings({ t }: Translator): SectionHeadings {
	return { summary: t("templates.headings.summary"), sources: t("templates.headings.sources"), notes: t("templates.headings.notes") };
}
