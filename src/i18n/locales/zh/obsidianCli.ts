import type { obsidianCliEn } from "../en/obsidianCli";
import type { Translation } from "../translation";

export const obsidianCliZh: Translation<typeof obsidianCliEn> = {
	index: "Framework Atlas：按阶段列出所有条目及问题和警告（同 atlas index）",
	query: "Framework Atlas：运行查询（同 atlas query）",
	export: "Framework Atlas：以 Markdown、JSON 或 HTML 输出目录（同 atlas export）",
	langFlag: "输出语言：zh 或 en（默认 en）",
	jsonFlag: "输出 JSON 而不是文本",
	queryFlag: "查询，例如 “#rl stage:deploy”",
	formatFlag: "Markdown（默认）、JSON 或 HTML",
};
