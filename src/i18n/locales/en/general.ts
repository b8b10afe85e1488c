// The general group of the settings tab.
export const generalEn = {
	entryTagName: "Entry tag",
	entryTagDesc: "Notes whose frontmatter tags include this tag (or a nested tag under it) are framework entries.",
	entryTagInvalid: "A tag has no spaces, commas or #; the previous tag stays in use.",
};
