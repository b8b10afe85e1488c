import type { App } from "obsidian";

/** The slice of Obsidian's (untyped) command registry we use to reach another feature's command. */
interface CommandRegistry {
	commands?: Record<string, unknown>;
	executeCommandById?(id: string): boolean;
}

function registry(app: App): CommandRegistry | undefined {
	return (app as unknown as { commands?: CommandRegistry }).commands;
}

const fullId = (id: string): string => `framework-atlas:${id}`;

/** Whether another Framework Atlas feature's command (by its short id) is registered. */
export function hasAtlasCommand(app: App, id: string): boolean {
	return registry(app)?.commands?.[fullId(id)] !== undefined;
}

/** Runs another feature's command; false when it is absent. */
export function runAtlasCommand(app: App, id: string): boolean {
	const commands = registry(app);
	if (!commands?.executeCommandById || !hasAtlasCommand(app, id)) return false;
	return commands.executeCommandById(fullId(id));
}
