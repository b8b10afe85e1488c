import type { languageEn } from "../en/language";
import type { Translation } from "../translation";

export const languageZh: Translation<typeof languageEn> = {
	settingName: "界面语言",
	settingDesc: "仪表盘、查询块、对话框、通知和本设置页使用的语言。更改立即生效；命令名称在 Obsidian 下次加载插件时跟随更改。",
	optionAuto: "跟随 Obsidian（{{current}}）",
	optionZh: "中文",
	optionEn: "English",
	toggleCommand: "切换界面语言",
	switched: "界面语言：{{language}}",
	fallbackTitle: "此笔记没有中文，显示英文",
};
