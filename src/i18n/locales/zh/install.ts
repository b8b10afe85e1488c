import type { installEn } from "../en/install";
import type { Translation } from "../translation";

export const installZh: Translation<typeof installEn> = {
	vaultRequired: "请指明要安装到的库：atlas install <库文件夹>",
	badConfigDir: "配置文件夹必须是库内的单个文件夹名，而不是“{{value}}”",
	notAVault: "{{path}} 不是 Obsidian 库（其中没有 {{configDir}} 文件夹）。请先在 Obsidian 中打开它一次，或用 --config-dir 指明其配置文件夹，或加 --force 仍然安装",
	building: "先构建插件……",
	filesMissing: "{{path}} 中缺少 {{files}}；请在那里运行 npm run build",
	installed: "已将 {{name}} {{version}} 安装到 {{path}}",
	updated: "已将 {{path}} 中的 {{name}} 从 {{from}} 更新到 {{version}}",
	reinstalled: "已在 {{path}} 中重新安装 {{name}} {{version}}",
	settingsKept: "你的设置（data.json）原样保留。",
	enable: "启用方法：在 Obsidian 中把 {{path}} 作为库打开，然后进入“设置 → 第三方插件”：如有提示请关闭安全模式，再打开 {{name}}。",
	reload: "{{name}} 已在这个库中启用：重新加载 Obsidian（或在“设置 → 第三方插件”中关闭再打开该插件）即可载入新版本。",
};
