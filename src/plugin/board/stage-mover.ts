import { Notice, type TFile } from "obsidian";
import { moveStage, undoMove, type MoveRecord, type StageEditFailure } from "../../core/notes/stage-edit";
import type { StageId } from "../../core/stages/stage-vocabulary";
import { entryName } from "../../core/text/bilingual";
import { el } from "../../render/dom";
import type { AtlasContext } from "../atlas-context";

/** How long the "Moved … — Undo" notice stays. */
const UNDO_NOTICE_MS = 6000;

export type MoveOutcome = { kind: "moved"; record: MoveRecord } | { kind: "unchanged" } | { kind: "failed"; reason: StageEditFailure | "noteMissing" };

type MoverContext = Pick<AtlasContext, "app" | "index" | "language" | "settings">;

/**
 * Moves entries between stages with the one-line edit (stage-edit.ts) inside `Vault.process`, so the
 * edit runs on the note's latest text atomically. The written text goes into the index at once, so
 * the board redraws without waiting for the vault's modify event (which then finds nothing new).
 * One mover per context: the dashboard, the card menu and the Bases view share the undo record.
 */
export class StageMover {
	private last: MoveRecord | null = null;

	constructor(private readonly context: MoverContext) {}

	async move(path: string, target: StageId): Promise<MoveOutcome> {
		const file = this.context.app.vault.getFileByPath(path);
		if (!file) return this.report({ kind: "failed", reason: "noteMissing" }, path);
		const options = this.context.index.parseOptions();
		let outcome = { kind: "unchanged" } as MoveOutcome;
		const written = await this.context.app.vault.process(file, (text) => {
			const edit = moveStage(text, target, options);
			if (edit.kind === "edited") outcome = { kind: "moved", record: { path, before: text, after: edit.text } };
			else outcome = edit;
			return edit.kind === "edited" ? edit.text : text;
		});
		if (outcome.kind === "moved") {
			this.last = outcome.record;
			this.context.index.upsert(path, written);
		}
		return this.report(outcome, path, file);
	}

	/** Restores the note as it was before the last move, only if nobody edited it since. */
	async undo(): Promise<"restored" | "changed-since" | "nothing"> {
		const record = this.last;
		const { t } = this.context.language.i18n;
		const file = record ? this.context.app.vault.getFileByPath(record.path) : null;
		if (!record || !file) {
			new Notice(t("board.nothingToUndo"));
			return "nothing";
		}
		this.last = null;
		let result = "changed-since" as "restored" | "changed-since";
		const written = await this.context.app.vault.process(file, (text) => {
			const undo = undoMove(text, record);
			result = undo.kind === "restored" ? "restored" : "changed-since";
			return undo.kind === "restored" ? undo.text : text;
		});
		const name = this.nameOf(record.path);
		if (result === "restored") {
			this.context.index.upsert(record.path, written);
			const stage = this.context.index.entry(record.path)?.stage;
			new Notice(t("board.undone", { name, stage: stage ? this.stageLabel(stage) : "" }));
		} else new Notice(t("board.undoChanged", { name }));
		return result;
	}

	private report(outcome: MoveOutcome, path: string, file?: TFile): MoveOutcome {
		const { t } = this.context.language.i18n;
		if (outcome.kind === "failed") {
			new Notice(t(`board.failed.${outcome.reason}`, { path, tag: this.context.settings.current().entryTag, stage: "", stages: "" }));
		} else if (outcome.kind === "moved" && file) {
			const stage = this.context.index.entry(path)?.stage ?? "";
			this.undoNotice(t("board.moved", { name: this.nameOf(path), stage: this.stageLabel(stage) }));
		}
		return outcome;
	}

	/** "Moved veRL to Deployment — Undo": the button undoes this move. */
	private undoNotice(message: string): void {
		const { t } = this.context.language.i18n;
		const fragment = new DocumentFragment();
		el(fragment, "span", { text: `${message} — ` });
		const button = el(fragment, "button", { cls: "atlas-undo-button", text: t("board.undo"), attr: { type: "button" } });
		const notice = new Notice(fragment, UNDO_NOTICE_MS);
		button.addEventListener("click", () => {
			notice.hide();
			void this.undo();
		});
	}

	private nameOf(path: string): string {
		const entry = this.context.index.entry(path);
		return entry ? entryName(entry, this.context.language.i18n.language).text : path;
	}

	private stageLabel(stage: StageId): string {
		return this.context.index.parseOptions().vocabulary.label(stage, this.context.language.i18n.language);
	}
}

const movers = new WeakMap<object, StageMover>();

/** The mover of this context (created on first use). */
export function stageMover(context: MoverContext): StageMover {
	let mover = movers.get(context.index);
	if (!mover) {
		mover = new StageMover(context);
		movers.set(context.index, mover);
	}
	return mover;
}
