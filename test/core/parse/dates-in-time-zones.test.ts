import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { normalizeLocalDate, weekdayOf } from "../../../src/core/parse/local-date";
import { entryOf } from "../../support/note-fixtures";

const ROOT = join(__dirname, "..", "..", "..");
const EXPECTED_SOURCES = [
	{ date: "2025-07-02", title: "date only", url: null },
	{ date: "2025-07-02T00:30:00", title: "just after midnight", url: null },
	{ date: "2025-12-31T23:59", title: "new year's eve", url: null },
	{ date: "2025-01-01T00:00:01", title: "First second of the year", url: "https://example.com/newyear" },
];

describe("dates stay the local wall-clock text that was written", () => {
	it("keeps 2025-07-02 and 12:30 as text (YAML 1.2 core schema)", () => {
		const { entry } = entryOf("fields/dates-as-text.md");
		expect(entry.summary).toBe("12:30");
		expect(entry.nameZh).toBe("2025-07-02");
		expect(entry.sources).toEqual(EXPECTED_SOURCES);
	});

	// The parser runs in a child process so the zone is fixed before anything reads it.
	it.each(["America/Los_Angeles", "Pacific/Kiritimati", "UTC", "Asia/Shanghai"])("gives the same dates under TZ=%s", (zone) => {
		const json = execFileSync(process.execPath, [join(ROOT, "dist", "cli.js"), "index", join(ROOT, "test", "fixtures", "notes", "fields"), "--json"], {
			env: { ...process.env, TZ: zone },
			encoding: "utf8",
		});
		const offset = execFileSync(process.execPath, ["-e", "process.stdout.write(String(new Date(2025, 6, 2).getTimezoneOffset()))"], { env: { ...process.env, TZ: zone }, encoding: "utf8" });
		if (zone === "America/Los_Angeles") expect(offset).toBe("420");
		if (zone === "Pacific/Kiritimati") expect(offset).toBe("-840");
		const entries = (JSON.parse(json) as { stages: { entries: { path: string; sources: unknown[] }[] }[] }).stages.flatMap((s) => s.entries);
		const dated = entries.find((e) => e.path === "dates-as-text.md");
		expect(dated?.sources).toEqual(EXPECTED_SOURCES.map((s) => ({ ...s, date: s.date.replace(/T(\d\d:\d\d)$/, "T$1:00") })));
	});

	it("normalises and validates dates as text", () => {
		expect(normalizeLocalDate("2025-07-02 9:05")).toBe("2025-07-02T09:05");
		expect(normalizeLocalDate("2025-07-02T23:59:59")).toBe("2025-07-02T23:59:59");
		expect(normalizeLocalDate(" 2025-07-02 ")).toBe("2025-07-02");
		expect(normalizeLocalDate("2025-07-02 24:00")).toBeNull();
		expect(normalizeLocalDate("2023-02-29")).toBeNull();
		expect(normalizeLocalDate("2000-02-29")).toBe("2000-02-29");
		expect(normalizeLocalDate("1900-02-29")).toBeNull();
		expect(normalizeLocalDate("July 2, 2025")).toBeNull();
	});

	it("computes weekdays from the calendar, not the zone", () => {
		expect(weekdayOf("2025-07-02")).toBe(3);
		expect(weekdayOf("2025-01-01T00:00:01")).toBe(3);
		expect(weekdayOf("2025-06-30T23:59")).toBe(1);
	});
});
