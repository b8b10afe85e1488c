/** Notes for dashboard tests: the bundled sample vault plus the hostile/edge notes in test/fixtures/dashboard. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function readFolder(folder: string, prefix: string): [string, string][] {
	return readdirSync(path.join(ROOT, folder))
		.filter((name) => name.endsWith(".md"))
		.sort()
		.map((name) => [`${prefix}/${name}`, readFileSync(path.join(ROOT, folder, name), "utf8")]);
}

export function sampleVaultNotes(): [string, string][] {
	return readFolder("sample-vault/Frameworks", "Frameworks");
}

export function dashboardFixtureNotes(): [string, string][] {
	return readFolder("test/fixtures/dashboard", "Fixtures");
}
