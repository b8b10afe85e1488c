import { BrowserNotFoundError } from "../test/browser/browser-lookup";
import { requireBrowser } from "../test/browser/harness";
import type { Measurement } from "./results";

/** Null when a browser is there; else the one row saying why the group's Chromium case was skipped. */
export function browserSkip(group: string): Measurement[] | null {
	try {
		requireBrowser();
		return null;
	} catch (error) {
		if (!(error instanceof BrowserNotFoundError)) throw error;
		return [{ group, name: `skipped: ${error.message.replace(/\n\s*/g, " ")}`, value: 0, unit: "count", skipped: true }];
	}
}
