import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { applyImportPlan } from "../../core/import/apply-plan";
import type { ImportPlan } from "../../core/import/import-plan";
import { planImport } from "../../core/import/plan-import";
import { StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { CliCommand } from "../cli-command";
import type { CliContext } from "../cli-context";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { fsNoteCreator } from "../fs-note-creator";
import { formatImportText } from "../import-export/format-import-text";

/** `atlas import OUTLINE.md --out DIR`: 0 when at least one note was (or, dry, would be) written, 1 when none, 2 on usage errors. */
export const importCommand: CliCommand = {
	name: "import",
	usage: "atlas import OUTLINE.md --out DIR [--dry-run] [--json] [--lang zh|en]",
	async run(argv, context) {
		const args = context.parse(argv, { flags: ["--dry-run", "--json"], values: ["--out", "--lang"] });
		const { t } = context.i18n;
		const [outlineArg, extra] = args.positional;
		if (outlineArg === undefined) throw new UsageError(t("importExport.outlineMissing"));
		if (extra !== undefined) throw new UsageError(t("cli.unknownOption", { option: extra }));
		const outArg = args.values.get("--out");
		if (outArg === undefined || outArg === "") throw new UsageError(t("importExport.outMissing"));
		const outlinePath = resolve(context.io.cwd, outlineArg);
		if (!isFile(outlinePath)) throw new UsageError(t("importExport.outlineNotFound", { path: outlinePath }));
		const out = resolve(context.io.cwd, outArg);
		const plan = planFor(outlinePath, out, context);
		const dryRun = args.flags.has("--dry-run");
		const result = dryRun ? null : await applyImportPlan(plan, fsNoteCreator(out));
		const report = { outline: relative(context.io.cwd, outlinePath) || outlinePath, folder: relative(context.io.cwd, out) || ".", plan, result };
		context.io.out(args.flags.has("--json") ? JSON.stringify(importJson(report, dryRun), null, 2) + "\n" : formatImportText(report, context.i18n));
		const written = result === null ? plan.notes.filter((n) => n.status === "create").length : result.created.length;
		return written > 0 ? EXIT_OK : EXIT_FAILED;
	},
};

function planFor(outlinePath: string, out: string, context: CliContext): ImportPlan {
	const outline = basename(outlinePath).replace(/\.md$/i, "");
	return planImport(readFileSync(outlinePath, "utf8"), {
		vocabulary: new StageVocabulary(),
		folder: "",
		preambleName: context.i18n.t("importExport.preambleName", { outline }),
		exists: (path) => existsSync(join(out, ...path.split("/"))),
	});
}

function importJson(report: Parameters<typeof formatImportText>[0], dryRun: boolean) {
	const { plan, result } = report;
	return {
		outline: report.outline.split(sep).join("/"),
		out: report.folder.split(sep).join("/"),
		dryRun,
		notes: plan.notes.map(({ path, kind, name, stage, status }) => ({ path, kind, name, stage, status })),
		created: result?.created ?? [],
		skipped: result?.skipped ?? plan.notes.filter((n) => n.status === "skip").map((n) => n.path),
		failed: result?.failed ?? [],
		lines: plan.lines.filter((m) => m.role !== "blank").map(({ line, role, target, stage }) => ({ line, role, target, ...(stage ? { stage: stage.id } : {}) })),
	};
}

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}
