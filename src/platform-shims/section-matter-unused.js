// gray-matter calls section-matter only when given `sections: true` or a `section` function, which we never
// pass (src/core/parse/yaml-engine.ts); the bundles get this instead of it and its two dependencies.
module.exports = function sectionsNotBundled() {
	throw new Error("gray-matter sections are not bundled");
};
