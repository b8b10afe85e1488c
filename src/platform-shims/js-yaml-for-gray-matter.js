// gray-matter requires js-yaml only to bind safeLoad/safeDump as its default YAML engine. We always pass
// our own engines (src/core/parse/yaml-engine.ts), so the bundles give it this instead of a YAML library.
function notBundled() {
	throw new Error("gray-matter's default YAML engine is not bundled: pass the engines from yaml-engine.ts");
}

module.exports = { safeLoad: notBundled, safeDump: notBundled };
