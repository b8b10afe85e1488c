import type { cliEn } from "../en/cli";
import type { Translation } from "../translation";

export const cliZh: Translation<typeof cliEn> = {
	summary_other: "{{stages}} 个阶段共 {{count}} 个条目",
	stageHeading: "{{label}}（{{count}}）",
	empty: "（无）",
	problems: "问题（{{count}}）",
	warnings: "警告（{{count}}）",
	basedOn: "（基于 {{parent}}）",
	usage: "用法：atlas <index|query|new|add-source|import|export|install|fix-tags> [选项]；运行 atlas help 查看详情",
	unknownCommand: "未知命令“{{command}}”",
	unknownOption: "未知选项“{{option}}”",
	missingValue: "选项 {{option}} 需要一个值",
	badLanguage: "语言必须是 zh 或 en，而不是“{{value}}”",
	badTag: "选项 --tag 需要一个不含空格、逗号或 # 的标签，而不是“{{value}}”",
	vaultMissing: "找不到库文件夹 {{path}}",
	openInObsidian: "在 Obsidian 中把 {{path}} 作为库打开；Framework Atlas 已在其中安装并启用。",
	// i18n (issue 6)
	usageLine: "用法：{{usage}}",
	sentences: "{{first}}。{{second}}",
	helpCommands: "命令：",
	helpLanguage: "每个命令都接受 --lang zh|en 选择输出语言（默认 en）。",
};
