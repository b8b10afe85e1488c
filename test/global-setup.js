// Dates in notes are local wall-clock text; pin a zone east of UTC so a UTC slip shows up as a wrong day.
// Date tests also run under other zones explicitly (see test/core/parse/local-date.test.ts).
module.exports = async () => {
	process.env.TZ = process.env.TZ || "Asia/Shanghai";
};
