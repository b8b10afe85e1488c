import type { diagnosticsEn } from "../en/diagnostics";
import type { Translation } from "../translation";

export const diagnosticsZh: Translation<typeof diagnosticsEn> = {
	"frontmatter-language": "frontmatter 标记为“{{language}}”；只读取 YAML，笔记中的代码永远不会执行",
	"frontmatter-unclosed": "frontmatter 以 --- 开头，但没有结束的 --- 行",
	"yaml-invalid": "frontmatter 不是有效的 YAML：{{error}}",
	"yaml-aliases": "frontmatter 使用了 {{count}} 个 YAML 别名，不予读取",
	"yaml-duplicate-key": "frontmatter 中键“{{key}}”出现了两次（第 {{line}} 行再次出现）；Obsidian 无法读取这样的 frontmatter，请只保留一个",
	"yaml-not-mapping": "frontmatter 应为“键: 值”形式的字段",
	"note-too-large": "frontmatter 过大，未读取",
	"field-type": "{{field}} 应为 {{expected}}；已忽略",
	"unsafe-url": "{{field}}：“{{url}}”不是 http(s) 链接，按文本显示",
	"unknown-stage": "未知阶段“{{stage}}”，归入未分类",
	"tag-invalid": "{{tags}}：Obsidian 不认作标签（标签须含字母，且只能由字母、数字、_、- 和 / 组成），已忽略",
	"tags-legacy-key": "Obsidian 1.9 起不再读取“{{key}}:”，其标签搜索找不到这篇笔记。请改名为 tags: 并写成列表（命令“修正标签格式”或 atlas fix-tags）",
	"tags-legacy-text": "Obsidian 1.9 起不把写成一段文本的“{{key}}:”读作标签，其标签搜索找不到这篇笔记。请把标签写成列表（命令“修正标签格式”或 atlas fix-tags）",
	"duplicate-name": "名称“{{name}}”也被 {{others}} 使用",
	"duplicate-repo": "仓库 {{repo}} 也出现在 {{others}}",
	"unresolved-parent": "based_on“{{parent}}”找不到对应的框架条目",
	"read-failed": "无法读取：{{error}}",
	fieldType: {
		text: "{{field}} 应为文本；已忽略",
		boolean: "{{field}} 应为 true 或 false；已忽略",
		"note-name": "{{field}} 应为笔记名称或 [[链接]]；已忽略",
		links: "{{field}} 应为 { label, url } 的列表；已忽略",
		sources: "{{field}} 应为 { date, title, url } 的列表；已忽略",
		"source-items": "{{field}} 应为 { date: YYYY-MM-DD HH:mm:ss, title, url } 的列表；已忽略",
		tags: "{{field}} 应为标签列表；已忽略",
	},
};
