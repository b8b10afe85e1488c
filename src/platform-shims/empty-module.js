// Stands in for Node's fs in the plugin bundle; gray-matter only uses it in matter.read(), which we never call.
module.exports = {};
