import type { StageListProblem } from "../core/stages/stage-list";
import type { Translator } from "./translator";

const KEYS: Record<StageListProblem["code"], string> = {
	"not-array": "stages.problemNotArray",
	"not-object": "stages.problemNotObject",
	"bad-id": "stages.problemBadId",
	"duplicate-id": "stages.problemDuplicateId",
	"reserved-id": "stages.problemReservedId",
	"empty-label": "stages.problemEmptyLabel",
	"bad-label": "stages.problemBadLabel",
	"bad-aliases": "stages.problemBadAliases",
};

/** Every problem in one sentence, stages counted from 1 as a reader counts them. */
export function describeStageProblems(problems: readonly StageListProblem[], { t, language }: Translator): string {
	const parts = problems.map((problem) => {
		const params: Record<string, string | number> = {};
		if ("index" in problem) params.n = problem.index + 1;
		if ("id" in problem) params.id = problem.id;
		return t(KEYS[problem.code], params);
	});
	return parts.join(language === "zh" ? "；" : "; ");
}
