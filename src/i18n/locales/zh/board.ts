import type { boardEn } from "../en/board";
import type { Translation } from "../translation";

// 在阶段之间移动条目（看板、卡片菜单、键盘、`atlas move`）以及 Bases 视图。
export const boardZh: Translation<typeof boardEn> = {
	layoutList: "列表",
	layoutBoard: "看板",
	layoutLabel: "布局",
	moveToStage: "移动到阶段…",
	moved: "已将 {{name}} 移到{{stage}}",
	undo: "撤销",
	undone: "已将 {{name}} 移回{{stage}}",
	undoChanged: "{{name}} 在移动后被编辑过，未撤销。",
	nothingToUndo: "没有可撤销的移动",
	dropHere: "放在这里以移到{{stage}}",
	failed: {
		"not-an-entry": "{{path}} 不是框架条目（标签中没有 #{{tag}}）。",
		"unknown-stage": "未知阶段“{{stage}}”。可用阶段：{{stages}}。",
		"complex-stage-value": "{{path}} 的 stage 值不是单行文本（列表、块或锚点），请手动修改。",
		"no-tags-line": "{{path}} 没有 stage 行，也没有可在其后插入的顶层 tags 行，请手动添加 stage:。",
		"not-verified": "修改 {{path}} 的 stage 行无法干净地移动它（是否有两个 stage 键？），未写入任何内容。",
		changedDuringWrite: "移动期间 {{path}} 被修改，请重试。",
		noteMissing: "{{path}} 处没有笔记",
		notUtf8: "{{path}} 不是 UTF-8 文本；为避免丢失任何字节，未作修改。",
	},
	cli: {
		stageRequired: "选项 --stage 需要一个值",
		moved: "{{path}}：{{stage}}",
		unchanged: "{{path}} 已在{{stage}}中，未写入任何内容。",
	},
	bases: {
		viewName: "Framework Atlas 阶段",
		stageProperty: "阶段属性",
		layout: "布局",
		createCommand: "为图谱创建 base",
		created: "已创建 {{path}}",
		tableView: "表格",
		notAvailable: "此版本的 Obsidian 没有 Bases，或 Bases 已关闭。",
		columnName: "名称",
		columnStage: "阶段",
		columnRepo: "仓库",
		columnStarred: "星标",
		columnBasedOn: "基于",
		columnSummary: "简介",
	},
};
