import { closest, editDistance } from "../../../src/core/query/edit-distance";

describe("editDistance", () => {
	it.each([
		["stage", "stage", 0],
		["stag", "stage", 1],
		["nmae", "name", 1],
		["", "abc", 3],
		["阶级", "阶段", 1],
		["kitten", "sitting", 3],
	])("%s → %s = %d", (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe("closest", () => {
	it("prefers the candidate sharing the longer start on a tie", () => expect(closest("stag", ["tag", "stage"])).toBe("stage"));
	it("refuses far candidates", () => expect(closest("zzzzzz", ["tag", "stage"])).toBeNull());
	it("ignores case", () => expect(closest("STAGR", ["stage"])).toBe("stage"));
});
