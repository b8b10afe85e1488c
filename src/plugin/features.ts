import type FrameworkAtlasPlugin from "./main";
import { registerDashboard } from "./dashboard/register-dashboard";

/**
 * Each feature registers its views, commands, code blocks and events on the plugin in one
 * function (registration only; heavy work waits for onLayoutReady). Add new features here.
 */
export type FeatureRegistration = (plugin: FrameworkAtlasPlugin) => void;

export const FEATURES: readonly FeatureRegistration[] = [
	registerDashboard,
];
