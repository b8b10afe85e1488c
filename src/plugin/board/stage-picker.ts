import { SuggestModal } from "obsidian";
import type { StageDefinition } from "../../core/stages/stage-vocabulary";
import { foldForMatch } from "../../core/text/fold";
import { el } from "../../render/dom";
import type { AtlasContext } from "../atlas-context";

/** "Move to stage…": the stages in order, the current one marked; typing matches labels in both languages and aliases. */
export class StagePicker extends SuggestModal<StageDefinition> {
	constructor(
		private readonly context: Pick<AtlasContext, "app" | "index" | "language">,
		private readonly current: string,
		private readonly choose: (stage: StageDefinition) => void,
	) {
		super(context.app);
		this.setPlaceholder(context.language.i18n.t("board.moveToStage"));
	}

	getSuggestions(query: string): StageDefinition[] {
		const wanted = foldForMatch(query);
		const stages = this.context.index.parseOptions().vocabulary.stages;
		if (wanted === "") return [...stages];
		return stages.filter((stage) => [stage.id, stage.labels.zh, stage.labels.en, ...stage.aliases].some((spelling) => foldForMatch(spelling).includes(wanted)));
	}

	renderSuggestion(stage: StageDefinition, container: HTMLElement): void {
		const { language } = this.context.language.i18n;
		el(container, "div", { text: stage.labels[language] });
		el(container, "small", { cls: "atlas-stage-picker-id", text: stage.id === this.current ? `${stage.id} ✓` : stage.id });
	}

	onChooseSuggestion(stage: StageDefinition): void {
		this.choose(stage);
	}
}
