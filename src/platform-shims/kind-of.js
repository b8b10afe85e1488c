// Stands in for kind-of 6 (2.3 KB minified) in both bundles. gray-matter only asks it whether the note
// text or `file.data` is a 'string', an 'object' or a 'buffer'. This gives kind-of's answers for real
// values of every built-in kind (test/plugin/gray-matter-shims.test.ts compares them); unlike kind-of it
// does not duck-type look-alikes (a plain object with next/throw/return is an 'object', not a 'generator').
const toString = Object.prototype.toString;

module.exports = function kindOf(value) {
	if (value === undefined) return "undefined";
	if (value === null) return "null";
	const type = typeof value;
	if (type === "function") return value.constructor && value.constructor.name === "GeneratorFunction" ? "generatorfunction" : "function";
	if (type !== "object") return type;
	if (Array.isArray(value)) return "array";
	if (value.constructor && typeof value.constructor.isBuffer === "function" && value.constructor.isBuffer(value)) return "buffer";
	return toString.call(value).slice(8, -1).toLowerCase().replace(/\s/g, "");
};
