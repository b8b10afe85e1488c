export const obsidianCliEn = {
	index: "Framework Atlas: list every entry by stage, with problems and warnings (as atlas index)",
	query: "Framework Atlas: run a query (as atlas query)",
	export: "Framework Atlas: print the catalogue as Markdown, JSON or HTML (as atlas export)",
	langFlag: "Language of the output: zh or en (default en)",
	jsonFlag: "Print JSON instead of text",
	queryFlag: 'The query, for example "#rl stage:deploy"',
	formatFlag: "Markdown (the default), JSON or HTML",
};
