export const installEn = {
	vaultRequired: "Name the vault to install into: atlas install <vault>",
	badConfigDir: 'The configuration folder must be one folder name inside the vault, not "{{value}}"',
	notAVault: "{{path}} is not an Obsidian vault (it has no {{configDir}} folder). Open it in Obsidian once, name its configuration folder with --config-dir, or run again with --force to install anyway",
	building: "Building the plugin first…",
	filesMissing: "{{files}} missing in {{path}}; run npm run build there",
	installed: "Installed {{name}} {{version}} into {{path}}",
	updated: "Updated {{name}} {{from}} → {{version}} in {{path}}",
	reinstalled: "Reinstalled {{name}} {{version}} in {{path}}",
	settingsKept: "Your settings (data.json) were kept as they were.",
	enable: "To enable it: open {{path}} as a vault in Obsidian, then Settings → Community plugins: turn off Restricted mode if asked, and turn on {{name}}.",
	reload: "{{name}} is already enabled in this vault: reload Obsidian (or turn the plugin off and on in Settings → Community plugins) to load the new version.",
};
