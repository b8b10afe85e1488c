// gray-matter's default engines are js-yaml 3's safeLoad/safeDump (YAML 1.1: dates become Dates, 12:30
// becomes 750) and an `eval` of JavaScript front matter. We pass our own engine for every language on
// every call (src/core/parse/yaml-engine.ts), so the bundles hold neither a second YAML library nor an
// eval: gray-matter gets these, which refuse.
function notBundled() {
	throw new Error("gray-matter's default engines are not bundled: pass the engines from yaml-engine.ts");
}

const refuse = { parse: notBundled, stringify: notBundled };

module.exports = { yaml: refuse, json: refuse, javascript: refuse };
