import { applyImportPlan, type ImportResult } from "../../core/import/apply-plan";
import type { ImportPlan } from "../../core/import/import-plan";
import { planImport } from "../../core/import/plan-import";
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from "../../core/settings/atlas-settings";
import { withUncategorized } from "../../core/stages/stage-list";
import { StageVocabulary } from "../../core/stages/stage-vocabulary";
import type { CliCommand } from "../cli-command";
import type { CliContext } from "../cli-context";
import { EXIT_FAILED, EXIT_OK, UsageError } from "../cli-io";
import { fsNoteCreator } from "../fs-note-creator";
import type { Machine } from "../machine";
import { formatImportText, type ImportReport } from "../import-export/format-import-text";
import { parseStageMap, resolveStageOption } from "../import-export/import-choices";
import { saveNewStages, StageSaveError } from "../import-export/save-new-stages";
import { cliStages } from "../stages-option";
import { findVaultRoot, pluginDataPath, readPluginSettings } from "../vault-settings";

/** `atlas import OUTLINE.md --out DIR`: 0 when at least one note was (or, dry, would be) written, 1 when none, 2 on usage errors. */
export const importCommand: CliCommand = {
	name: "import",
	usage: 'atlas import OUTLINE.md --out DIR [--dry-run] [--json] [--map "HEADING=STAGE,..."] [--no-new-stages] [--stage STAGE] [--stages FILE] [--lang zh|en]',
	async run(argv, context) {
		const args = context.parse(argv, { flags: ["--dry-run", "--json", "--no-new-stages"], values: ["--out", "--lang", "--map", "--stage", "--stages"] });
		const { t } = context.i18n;
		const [outlineArg, extra] = args.positional;
		if (outlineArg === undefined) throw new UsageError(t("importExport.outlineMissing"));
		if (extra !== undefined) throw new UsageError(t("cli.unknownOption", { option: extra }));
		const outArg = args.values.get("--out");
		if (outArg === undefined || outArg === "") throw new UsageError(t("importExport.outMissing"));
		const { machine } = context.io;
		const { resolve, relative, join } = machine.paths;
		const outlinePath = resolve(context.io.cwd, outlineArg);
		if (machine.files.kind(outlinePath) !== "file") throw new UsageError(t("importExport.outlineNotFound", { path: outlinePath }));
		const out = resolve(context.io.cwd, outArg);
		// The vault that holds DIR: its stage list is used, and new stages are saved into it.
		const found = findVaultRoot(machine, join(out, "note.md"));
		// New stages need the vault's settings file; a vault whose config folder cannot be told apart has none to write.
		const dataFile = found === null ? null : pluginDataPath(machine, found);
		const vault = dataFile === null ? null : found;
		const stages = cliStages(machine, found, args.values.get("--stages"), context.io.cwd, context.i18n);
		const vocabulary = new StageVocabulary(withUncategorized(stages));
		const dryRun = args.flags.has("--dry-run");
		const newStages = vault !== null && !args.flags.has("--no-new-stages");
		const plan = planFor(outlinePath, out, context, {
			vocabulary,
			entryTag: found === null ? DEFAULT_SETTINGS.entryTag : readPluginSettings(machine, found).entryTag,
			newStages,
			choices: args.values.has("--map") ? parseStageMap(args.values.get("--map")!, vocabulary, t) : undefined,
			defaultStage: args.values.has("--stage") ? resolveStageOption(args.values.get("--stage")!, vocabulary, t) : undefined,
		});
		const folder = relative(context.io.cwd, out) || ".";
		let stagesNote = vault === null ? t("importExport.notInVault", { folder }) : null;
		const added = plan.structure.newStages;
		if (vault !== null && dataFile !== null && added.length > 0) {
			const names = added.map((s) => s.labels[context.i18n.language]).join(", ");
			const where = relative(context.io.cwd, vault) || ".";
			if (dryRun) stagesNote = t("importExport.newStagesWouldSave", { count: added.length, vault: where, stages: names });
			else {
				const file = dataFile;
				try {
					// Saved before any note, so no imported note names a stage the vault does not know.
					saveNewStages(machine, file, stages, added, SETTINGS_VERSION);
					stagesNote = t("importExport.newStagesSaved", { count: added.length, vault: where, stages: names });
				} catch (error) {
					if (!(error instanceof StageSaveError)) throw error;
					context.io.err(t("importExport.newStagesNotSaved", { file: relative(context.io.cwd, file), reason: t(error.message === "json" ? "importExport.reasonJson" : "importExport.reasonStages") }) + "\n");
					return EXIT_FAILED;
				}
			}
		}
		const result = dryRun ? null : await writeNotes(machine, plan, out);
		const report: ImportReport = { outline: relative(context.io.cwd, outlinePath) || outlinePath, folder, plan, result, vocabulary, stagesNote };
		context.io.out(args.flags.has("--json") ? JSON.stringify(importJson(report, dryRun, machine.paths.sep), null, 2) + "\n" : formatImportText(report, context.i18n));
		const written = result === null ? plan.notes.filter((n) => n.status === "create").length : result.created.length;
		return written > 0 ? EXIT_OK : EXIT_FAILED;
	},
};

/** Every note of the plan, each synced; the folders once at the end (see fs-note-creator.ts). */
async function writeNotes(machine: Machine, plan: ImportPlan, out: string): Promise<ImportResult> {
	const creator = fsNoteCreator(machine, out, { batch: true });
	try {
		return await applyImportPlan(plan, creator);
	} finally {
		creator.syncFolders();
	}
}

interface PlanChoices {
	vocabulary: StageVocabulary;
	entryTag: string;
	newStages: boolean;
	choices: ReturnType<typeof parseStageMap> | undefined;
	defaultStage: string | undefined;
}

function planFor(outlinePath: string, out: string, context: CliContext, choices: PlanChoices): ImportPlan {
	const { files, paths } = context.io.machine;
	const outline = paths.basename(outlinePath).replace(/\.md$/i, "");
	return planImport(files.readText(outlinePath), {
		...choices,
		folder: "",
		preambleName: context.i18n.t("importExport.preambleName", { outline }),
		exists: (path) => files.exists(paths.join(out, ...path.split("/"))),
	});
}

function importJson(report: ImportReport, dryRun: boolean, sep: string) {
	const { plan, result } = report;
	return {
		outline: report.outline.split(sep).join("/"),
		out: report.folder.split(sep).join("/"),
		dryRun,
		structure: {
			stageLevel: plan.structure.stageLevel,
			stages: plan.structure.stages.map(({ line, title, mapping, categories, entries }) => ({ line, title, mapping, categories, entries })),
			newStages: plan.structure.newStages,
		},
		notes: plan.notes.map(({ path, kind, name, stage, status }) => ({ path, kind, name, stage, status })),
		created: result?.created ?? [],
		skipped: result?.skipped ?? plan.notes.filter((n) => n.status === "skip").map((n) => n.path),
		failed: result?.failed ?? [],
		lines: plan.lines.filter((m) => m.role !== "blank").map(({ line, role, target, stage }) => ({ line, role, target, ...(stage ? { stage: stage.id } : {}) })),
	};
}
