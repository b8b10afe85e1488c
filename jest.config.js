/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/test"],
	testMatch: ["**/*.test.ts"],
	transform: {
		"^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2021", parser: { syntax: "typescript" } }, module: { type: "commonjs" } }],
	},
	moduleNameMapper: { "^obsidian$": "<rootDir>/test/__mocks__/obsidian.ts" },
	setupFiles: ["<rootDir>/test/support/obsidian-dom-setup.ts"],
	globalSetup: "<rootDir>/test/global-setup.js",
	reporters: ["default", "<rootDir>/test/summary-reporter.js"],
};
