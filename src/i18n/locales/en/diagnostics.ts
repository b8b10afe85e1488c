// Messages for index problems and warnings; {{params}} come from the Diagnostic.
export const diagnosticsEn = {
	"frontmatter-language": 'Frontmatter is marked "{{language}}"; only YAML is read and code in notes is never run',
	"frontmatter-unclosed": "Frontmatter starts with --- but has no closing --- line",
	"yaml-invalid": "Frontmatter is not valid YAML: {{error}}",
	"yaml-aliases": "Frontmatter uses {{count}} YAML aliases; notes with that many are not read",
	"yaml-not-mapping": "Frontmatter should be a list of key: value fields",
	"note-too-large": "Frontmatter is too large to read",
	"field-type": "{{field}} should be {{expected}}; ignored",
	"unsafe-url": '{{field}}: "{{url}}" is not an http(s) link; shown as text',
	"unknown-stage": 'Unknown stage "{{stage}}"; listed under uncategorized',
	"tag-invalid": "{{tags}}: not a tag to Obsidian (a tag needs a letter, and only letters, digits, _, - and /); dropped",
	"tags-legacy-key": 'Obsidian 1.9+ no longer reads "{{key}}:", so its tag search does not find this note. Rename it to tags: written as a list (command "Fix tag format" or atlas fix-tags)',
	"tags-legacy-text": 'Obsidian 1.9+ does not read "{{key}}:" written as one text, so its tag search does not find this note. Write the tags as a list (command "Fix tag format" or atlas fix-tags)',
	"duplicate-name": 'The name "{{name}}" is also used by {{others}}',
	"duplicate-repo": "The repo {{repo}} is also listed by {{others}}",
	"unresolved-parent": 'Based on "{{parent}}", which names no framework entry',
	"read-failed": "Could not be read: {{error}}",
	// field-type by the ExpectedShape code in params.expected: whole sentences, so each language words them its own way.
	fieldType: {
		text: "{{field}} should be text; ignored",
		boolean: "{{field}} should be true or false; ignored",
		"note-name": "{{field}} should be a note name or [[link]]; ignored",
		links: "{{field}} should be a list of { label, url }; ignored",
		sources: "{{field}} should be a list of { date, title, url }; ignored",
		"source-items": "{{field}} should be a list of { date: YYYY-MM-DD HH:mm:ss, title, url }; ignored",
		tags: "{{field}} should be a list of tags; ignored",
	},
};
