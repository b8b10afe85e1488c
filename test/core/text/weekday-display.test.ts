import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { weekdayName } from "../../../src/core/text/weekday-display";

describe("weekdayName", () => {
	it.each([
		["2025-07-02", "Wednesday", "星期三"],
		["2025-07-02T14:01:48", "Wednesday", "星期三"],
		["2025-07-02 00:00", "Wednesday", "星期三"],
		["2025-07-02T23:59:59", "Wednesday", "星期三"],
		["2024-02-29", "Thursday", "星期四"],
		["2000-01-01", "Saturday", "星期六"],
		["1999-12-31", "Friday", "星期五"],
		["2025-03-30", "Sunday", "星期日"],
		["2025-03-31", "Monday", "星期一"],
		["2025-10-26T02:30", "Sunday", "星期日"],
	])("%s is %s / %s", (date, english, chinese) => {
		expect(weekdayName(date, "en")).toBe(english);
		expect(weekdayName(date, "zh")).toBe(chinese);
	});

	it.each(["", "yesterday", "2025-02-30", "2025-13-01", "2025-07-02T25:00", "07/02/2025"])("%j is not a date", (text) => {
		expect(weekdayName(text, "en")).toBeNull();
		expect(weekdayName(text, "zh")).toBeNull();
	});
});

describe("weekdays do not depend on the machine's time zone", () => {
	const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
	const DATES: [string, "zh" | "en"][] = [
		["2025-07-02T14:01:48", "zh"],
		["2025-07-02T00:00", "en"],
		["2025-01-01", "zh"],
		["2024-12-31T23:59", "en"],
	];
	let dir: string;
	let bundle: string;

	beforeAll(() => {
		// The core bundled on its own and run in child processes, each with its own TZ fixed at start-up.
		dir = mkdtempSync(join(tmpdir(), "atlas-weekday-"));
		bundle = join(dir, "weekday.js");
		buildSync({
			entryPoints: [join(__dirname, "../../../src/core/text/weekday-display.ts")],
			bundle: true,
			platform: "node",
			format: "cjs",
			outfile: bundle,
			logLevel: "silent",
		});
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it.each(ZONES)("TZ=%s", (zone) => {
		const program = `
			const { weekdayName } = require(${JSON.stringify(bundle)});
			const dates = ${JSON.stringify(DATES)};
			process.stdout.write(JSON.stringify({
				offset: new Date(2025, 6, 2).getTimezoneOffset(),
				shown: dates.map(([date, language]) => date.replace("T", " ") + " " + weekdayName(date, language)),
			}));`;
		const child = spawnSync(process.execPath, ["-e", program], { env: { ...process.env, TZ: zone }, encoding: "utf8" });
		expect(child.stderr).toBe("");
		const result = JSON.parse(child.stdout) as { offset: number; shown: string[] };
		expect(result.shown).toEqual(["2025-07-02 14:01:48 星期三", "2025-07-02 00:00 Wednesday", "2025-01-01 星期三", "2024-12-31 23:59 Tuesday"]);
		// Proves the zone really applied in the child (Kiritimati is UTC+14, Pago Pago UTC-11).
		if (zone === "Pacific/Kiritimati") expect(result.offset).toBe(-14 * 60);
		if (zone === "Pacific/Pago_Pago") expect(result.offset).toBe(11 * 60);
	});
});
