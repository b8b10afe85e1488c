import type { fixTagsEn } from "../en/fixTags";
import type { Translation } from "../translation";

export const fixTagsZh: Translation<typeof fixTagsEn> = {
	command: "修正标签格式",
	nothing: "所有条目的标签都已写成列表。",
	wouldFix_other: "将修正 {{count}} 篇笔记（--dry-run：未写入任何内容）。",
	fixed_other: "已修正 {{count}} 篇笔记的标签。",
	cannotFix: "{{path}}：保持原样（无法安全地改写其标签，请手动修改）",
	modalDesc: "Obsidian 1.9 及以后的版本读不到这些笔记的标签，其标签搜索会漏掉它们。每篇笔记只把 tags 属性改写成列表，其余内容不变。",
	fixOne: "修正这篇笔记",
	fixAll_other: "全部修正（{{count}} 篇）",
	cancel: "取消",
	notice_other: "已修正 {{count}} 篇笔记的标签。",
	changedMeanwhile: "{{path}}：修正期间被改动，保持原样",
};
