import type { Plugin } from "obsidian";

/*
 * Obsidian's command-line handler API (1.12.2), declared here as obsidian.d.ts at obsidianmd/obsidian-api
 * (v1.12.3) has it, because the obsidian package we build against (1.8.7) predates it.
 */

/** The flags of one invocation: `name=value`, or "true" for a flag given without a value. */
export type CliData = Record<string, string>;

export interface CliFlag {
	/** Value placeholder (`<query>`); omitted for a flag that takes no value. */
	value?: string;
	description: string;
	required?: boolean;
}

export type CliFlags = Record<string, CliFlag>;

export type CliHandler = (params: CliData) => string | Promise<string>;

type PluginWithCli = Plugin & { registerCliHandler?: (command: string, description: string, flags: CliFlags | null, handler: CliHandler) => void };

/** Registers the handler where the app has the API; older apps (before 1.12.2) simply do without. */
export function registerCliHandlerIfSupported(plugin: Plugin, command: string, description: string, flags: CliFlags | null, handler: CliHandler): boolean {
	const register = (plugin as PluginWithCli).registerCliHandler;
	if (typeof register !== "function") return false;
	register.call(plugin, command, description, flags, handler);
	return true;
}
