import type { installEn } from "../en/install";
import type { Translation } from "../translation";

export const installZh: Translation<typeof installEn> = {
	vaultRequired: "请指明要安装到的库：atlas install <库文件夹>",
	badConfigDir: "配置文件夹必须是库内的单个文件夹名，而不是“{{value}}”",
	notAVault: "{{path}} 不是 Obsidian 库：其中没有存放 Obsidian 设置的配置文件夹。请先在 Obsidian 中打开它一次，或加 --force 和 --config-dir 仍然安装",
	forceNeedsConfigDir: "{{path}} 中没有配置文件夹；使用 --force 时请用 --config-dir 指明要创建的配置文件夹（即 Obsidian“设置 → 文件与链接 → 覆盖配置文件夹”中的名称）",
	severalConfigDirs: "{{path}} 中有多个配置文件夹（{{dirs}}）；请用 --config-dir 选择一个",
	building: "先构建插件……",
	filesMissing: "{{path}} 中缺少 {{files}}；请在那里运行 npm run build",
	installed: "已将 {{name}} {{version}} 安装到 {{path}}",
	updated: "已将 {{path}} 中的 {{name}} 从 {{from}} 更新到 {{version}}",
	reinstalled: "已在 {{path}} 中重新安装 {{name}} {{version}}",
	settingsKept: "你的设置（data.json）原样保留。",
	enable: "启用方法：在 Obsidian 中把 {{path}} 作为库打开，然后进入“设置 → 第三方插件”：如有提示请关闭安全模式，再打开 {{name}}。",
	reload: "{{name}} 已在这个库中启用：重新加载 Obsidian（或在“设置 → 第三方插件”中关闭再打开该插件）即可载入新版本。",
};
