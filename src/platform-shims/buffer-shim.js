// gray-matter calls Buffer.from(string) and Buffer.isBuffer on every parse. Obsidian mobile and plain
// browsers have no Buffer, so the plugin bundle gets this minimal stand-in instead of Node's.
const BufferShim = {
	from(value) {
		return typeof value === "string" ? value : String(value);
	},
	isBuffer() {
		return false;
	},
};
export { BufferShim as Buffer };
