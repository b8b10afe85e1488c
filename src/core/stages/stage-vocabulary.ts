import { foldForMatch } from "../text/fold";

export type StageId = string;
export type Language = "en" | "zh";

export interface StageDefinition {
	id: StageId;
	labels: Record<Language, string>;
	/** Other spellings users write in `stage:` or in outline headings. */
	aliases: string[];
}

export const UNCATEGORIZED: StageId = "uncategorized";

/** In the seed note's order; `uncategorized` is always last. */
export const DEFAULT_STAGES: readonly StageDefinition[] = [
	{
		id: "learning",
		labels: { zh: "学习素材", en: "Learning materials" },
		aliases: ["learning", "learn", "materials", "resources", "tutorials", "学习", "素材", "教程", "学习资料"],
	},
	{
		id: "pretrain",
		labels: { zh: "预训练", en: "Pre-training" },
		aliases: ["pretraining", "pre-train", "pt", "预训"],
	},
	{
		id: "finetune",
		labels: { zh: "微调", en: "Fine-tuning" },
		aliases: ["fine-tune", "finetuning", "sft", "精调", "指令微调"],
	},
	{
		id: "rl",
		labels: { zh: "强化学习", en: "Reinforcement learning" },
		aliases: ["rlhf", "reinforcement", "强化", "对齐", "alignment"],
	},
	{
		id: "deploy",
		labels: { zh: "部署", en: "Deployment" },
		aliases: ["deploy", "serving", "serve", "inference", "推理", "推理部署", "服务"],
	},
	{
		id: UNCATEGORIZED,
		labels: { zh: "未分类", en: "Uncategorized" },
		aliases: ["other", "others", "misc", "其他", "其它"],
	},
];

/** The ordered stages plus a lookup from every folded spelling to its id. */
export class StageVocabulary {
	readonly stages: readonly StageDefinition[];
	private readonly byKey = new Map<string, StageId>();
	private readonly byId = new Map<StageId, StageDefinition>();

	constructor(stages: readonly StageDefinition[] = DEFAULT_STAGES) {
		const withFallback = stages.some((s) => s.id === UNCATEGORIZED) ? stages : [...stages, DEFAULT_STAGES[DEFAULT_STAGES.length - 1]!];
		this.stages = withFallback;
		for (const stage of withFallback) {
			this.byId.set(stage.id, stage);
			for (const spelling of [stage.id, stage.labels.en, stage.labels.zh, ...stage.aliases]) {
				const key = foldForMatch(spelling);
				if (key && !this.byKey.has(key)) this.byKey.set(key, stage.id);
			}
		}
	}

	/** Case-, width- and separator-insensitive: "Reinforcement Learning", "ＲＬ", "rl" and "强化学习" all give `rl`. */
	resolve(value: string): StageId | null {
		return this.byKey.get(foldForMatch(value)) ?? null;
	}

	get(id: StageId): StageDefinition | undefined {
		return this.byId.get(id);
	}

	label(id: StageId, language: Language): string {
		return this.byId.get(id)?.labels[language] ?? id;
	}

	order(id: StageId): number {
		const index = this.stages.findIndex((s) => s.id === id);
		return index === -1 ? this.stages.length : index;
	}
}
