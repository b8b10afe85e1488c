import type { App } from "obsidian";

/** The id under which the token sits in Obsidian's secret storage (shared by all plugins, so prefixed). */
const SECRET_ID = "framework-atlas-github-token";

interface SecretStorageLike {
	getSecret(id: string): string | null;
	setSecret(id: string, secret: string): void;
}

/**
 * Obsidian's secret storage (1.11.4+). We build against 1.8.7, so it is looked up and checked at run
 * time; without it there is no token at all (it is never written to data.json or a note).
 */
export function secretStorage(app: App): SecretStorageLike | null {
	const storage = (app as unknown as { secretStorage?: Partial<SecretStorageLike> }).secretStorage;
	return storage && typeof storage.getSecret === "function" && typeof storage.setSecret === "function" ? (storage as SecretStorageLike) : null;
}

export function readGithubToken(app: App): string | null {
	try {
		const token = secretStorage(app)?.getSecret(SECRET_ID)?.trim();
		return token ? token : null;
	} catch {
		return null;
	}
}

export function writeGithubToken(app: App, token: string): void {
	secretStorage(app)?.setSecret(SECRET_ID, token.trim());
}
