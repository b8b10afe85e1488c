import { BASES_VIEW_ID } from "../../core/bases/atlas-base-file";
import { groupByStage } from "../../core/bases/stage-groups";
import { StagesBoard } from "../../render/bases/stages-board";
import type { DashboardLayout } from "../../render/dashboard/stage-moves";
import type { AtlasContext } from "../atlas-context";
import { stageMover } from "../board/stage-mover";
import { rowOf } from "./base-rows";
import type { BasesOption, BasesView, BasesViewClass, BasesViewConfig, BasesViewRegistration, QueryController } from "./bases-api";

/** The property the atlas's one-line edit writes; only a view reading it can move cards. */
const STAGE_PROPERTY = "stage";

/** The "Framework Atlas stages" view, as a subclass of the app's own BasesView (found at runtime). */
export function stagesViewRegistration(Base: BasesViewClass, context: AtlasContext): BasesViewRegistration {
	const { t } = context.language.i18n;
	class AtlasStagesView extends Base {
		type = BASES_VIEW_ID;
		private readonly board: StagesBoard;

		constructor(controller: QueryController, containerEl: HTMLElement) {
			super(controller);
			this.board = new StagesBoard(containerEl, {
				translator: context.language.i18n,
				entryTag: context.settings.current().entryTag,
				layout: "board",
				callbacks: { openNote: (path, newTab) => void context.app.workspace.openLinkText(path, "", newTab) },
			});
		}

		onload(): void {
			// The label language flips, or the index catches up with a note Bases already re-read.
			this.register(context.language.subscribe(() => this.onDataUpdated()));
			this.register(context.index.subscribe(() => this.onDataUpdated()));
		}

		onunload(): void {
			this.board.destroy();
		}

		onDataUpdated(): void {
			// Bases may ask before the first results arrive.
			const items = this.data?.data ?? [];
			const property = stageProperty(this.config);
			const rows = items.map((item) => rowOf(item, property, context.index));
			this.board.render(groupByStage(rows, context.index.parseOptions().vocabulary), {
				translator: context.language.i18n,
				entryTag: context.settings.current().entryTag,
				layout: layoutOf(this.config),
				callbacks: {
					openNote: (path, newTab) => void context.app.workspace.openLinkText(path, "", newTab),
					...(property === STAGE_PROPERTY ? { moveEntry: (path: string, stageId: string) => void stageMover(context).move(path, stageId) } : {}),
				},
			});
		}
	}
	return {
		name: t("board.bases.viewName"),
		icon: "kanban",
		factory: (controller, containerEl): BasesView => new AtlasStagesView(controller, containerEl),
		options: (): BasesOption[] => [
			{ key: "stageProperty", type: "text", displayName: t("board.bases.stageProperty"), default: STAGE_PROPERTY, placeholder: STAGE_PROPERTY },
			{ key: "layout", type: "dropdown", displayName: t("board.bases.layout"), default: "board", options: { board: t("board.layoutBoard"), list: t("board.layoutList") } },
		],
	};
}

function stageProperty(config: BasesViewConfig | undefined): string {
	const value = config?.get("stageProperty");
	const name = typeof value === "string" ? value.trim().replace(/^note\./, "") : "";
	return name === "" ? STAGE_PROPERTY : name;
}

function layoutOf(config: BasesViewConfig | undefined): DashboardLayout {
	return config?.get("layout") === "list" ? "list" : "board";
}
