import type { generalEn } from "../en/general";
import type { Translation } from "../translation";

export const generalZh: Translation<typeof generalEn> = {
	entryTagName: "条目标签",
	entryTagDesc: "frontmatter 的 tags 含有此标签（或其下的嵌套标签）的笔记即为框架条目。",
	entryTagInvalid: "标签不能含空格、逗号或 #；仍使用之前的标签。",
};
