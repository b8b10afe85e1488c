import { describeStageProblems } from "../../../src/i18n/describe-stage-problems";
import { translator } from "../../../src/i18n/translator";
import { stageIdFor } from "../../../src/core/stages/stage-ids";
import { DEFAULT_STAGE_LIST, validateStageList, withUncategorized } from "../../../src/core/stages/stage-list";
import { addStage, moveStage, removeStage, renameStage, setAliases } from "../../../src/core/stages/stage-list-edits";
import { DEFAULT_STAGES, StageVocabulary } from "../../../src/core/stages/stage-vocabulary";

describe("validateStageList", () => {
	it("accepts the default list and cleans what it keeps", () => {
		expect(validateStageList(DEFAULT_STAGE_LIST)).toEqual({ ok: true, stages: DEFAULT_STAGE_LIST });
		expect(validateStageList([{ id: "infra", labels: { zh: " 调度 " }, aliases: ["sched", " Sched ", "", "调度系统"] }])).toEqual({
			ok: true,
			stages: [{ id: "infra", labels: { zh: "调度", en: "调度" }, aliases: ["sched", "调度系统"] }],
		});
	});

	it.each([
		["not an array", { learning: {} }, [{ code: "not-array" }]],
		["an item that is not an object", [null, "rl"], [{ code: "not-object", index: 0 }, { code: "not-object", index: 1 }]],
		["ids that are no ASCII slug", [{ id: "调度", labels: { en: "x" } }, { id: "Has Space", labels: { en: "y" } }], [{ code: "bad-id", index: 0, id: "调度" }, { code: "bad-id", index: 1, id: "Has Space" }]],
		["duplicate ids", [{ id: "rl", labels: { en: "RL" } }, { id: "rl", labels: { en: "Again" } }], [{ code: "duplicate-id", index: 1, id: "rl" }]],
		["empty labels", [{ id: "x", labels: { en: " ", zh: "" } }], [{ code: "empty-label", index: 0, id: "x" }]],
		["labels of the wrong type", [{ id: "x", labels: { en: 3 } }], [{ code: "bad-label", index: 0, id: "x" }]],
		["aliases that are not a list of text", [{ id: "x", labels: { en: "X" }, aliases: "a, b" }], [{ code: "bad-aliases", index: 0, id: "x" }]],
		["an id clash with uncategorized", [{ id: "uncategorized", labels: { en: "Mine" } }], [{ code: "reserved-id", index: 0, id: "uncategorized" }]],
		["a label that means uncategorized", [{ id: "misc-2", labels: { zh: "未分类" } }], [{ code: "reserved-id", index: 0, id: "misc-2" }]],
	])("refuses %s with every problem named", (_what, value, problems) => {
		expect(validateStageList(value)).toEqual({ ok: false, problems });
	});

	it("gives a vocabulary that keeps uncategorized last", () => {
		const vocabulary = new StageVocabulary(withUncategorized([{ id: "infra", labels: { en: "Infra", zh: "基础设施" }, aliases: [] }]));
		expect(vocabulary.stages.map((s) => s.id)).toEqual(["infra", "uncategorized"]);
		expect(withUncategorized(DEFAULT_STAGES).map((s) => s.id)).toEqual(DEFAULT_STAGES.map((s) => s.id));
	});
});

describe("stage ids", () => {
	it("are ASCII slugs from an English label, or a short stable slug, never taken ones", () => {
		expect(stageIdFor("LLM Inference", new Set())).toBe("llm-inference");
		expect(stageIdFor("Évaluation", new Set())).toBe("evaluation");
		expect(stageIdFor("调度", new Set())).toMatch(/^stage-[0-9a-z]{6}$/);
		expect(stageIdFor("调度", new Set())).toBe(stageIdFor("调度", new Set()));
		expect(stageIdFor("调度", new Set())).not.toBe(stageIdFor("推理框架", new Set()));
		expect(stageIdFor("RL", new Set(["rl", "rl-2"]))).toBe("rl-3");
		expect(stageIdFor("Uncategorized", new Set())).toBe("uncategorized-2");
	});
});

describe("stage list edits", () => {
	const base = DEFAULT_STAGE_LIST;

	it("add a stage with a slug id, the label in the language typed, shown in both", () => {
		const added = addStage(base, "Serving infra", "en");
		expect(added.at(-1)).toEqual({ id: "serving-infra", labels: { en: "Serving infra", zh: "" }, aliases: [] });
		const valid = validateStageList(added);
		expect(valid.ok && valid.stages.at(-1)!.labels).toEqual({ en: "Serving infra", zh: "Serving infra" });
		expect(addStage(base, "调度", "zh").at(-1)!.id).toMatch(/^stage-/);
		expect(addStage(base, "x", "en", "my-id").at(-1)!.id).toBe("my-id");
	});

	it("rename one label, set aliases, move and remove without touching ids or other stages", () => {
		const renamed = renameStage(base, "deploy", "zh", "推理");
		expect(renamed.find((s) => s.id === "deploy")!.labels).toEqual({ zh: "推理", en: "Deployment" });
		expect(setAliases(base, "rl", "GRPO， ppo ,,").find((s) => s.id === "rl")!.aliases).toEqual(["GRPO", "ppo"]);
		expect(moveStage(base, 4, 0).map((s) => s.id)).toEqual(["deploy", "learning", "pretrain", "finetune", "rl"]);
		expect(moveStage(base, 0, 9).map((s) => s.id)).toEqual(base.map((s) => s.id));
		expect(removeStage(base, "pretrain").map((s) => s.id)).toEqual(["learning", "finetune", "rl", "deploy"]);
		expect(base.map((s) => s.id)).toEqual(["learning", "pretrain", "finetune", "rl", "deploy"]);
	});
});

describe("stage list problems in both languages", () => {
	it("name the stage (counted from 1) and the id", () => {
		const result = validateStageList([{ id: "rl", labels: { en: "RL" } }, { id: "rl", labels: { en: "Again" } }]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(describeStageProblems(result.problems, translator("en"))).toBe('Stage 2: the identifier "rl" is used twice');
		expect(describeStageProblems(result.problems, translator("zh"))).toBe("第 2 个阶段：标识“rl”重复");
		const notList = validateStageList("learning,rl");
		expect(!notList.ok && describeStageProblems(notList.problems, translator("zh"))).toBe("阶段列表不是列表");
	});
});
