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
	"duplicate-name": 'The name "{{name}}" is also used by {{others}}',
	"duplicate-repo": "The repo {{repo}} is also listed by {{others}}",
	"unresolved-parent": 'Based on "{{parent}}", which names no framework entry',
	"read-failed": "Could not be read: {{error}}",
	// {{expected}} of field-type, by ExpectedShape code.
	expected: {
		text: "text",
		boolean: "true or false",
		"note-name": "a note name or [[link]]",
		links: "a list of { label, url }",
		sources: "a list of { date, title, url }",
		"source-items": "a list of { date: YYYY-MM-DD HH:mm:ss, title, url }",
		tags: "a list or a comma-separated text",
	},
};
