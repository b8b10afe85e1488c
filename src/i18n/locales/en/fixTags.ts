export const fixTagsEn = {
	command: "Fix tag format",
	nothing: "Every entry's tags are already written as a list.",
	wouldFix_one: "Would fix {{count}} note (nothing written: --dry-run).",
	wouldFix_other: "Would fix {{count}} notes (nothing written: --dry-run).",
	fixed_one: "Fixed the tags of {{count}} note.",
	fixed_other: "Fixed the tags of {{count}} notes.",
	cannotFix: "{{path}}: left as it is (its tags could not be rewritten safely; edit them by hand)",
	changedMeanwhile: "{{path}}: changed while being fixed; left as it is",
};
