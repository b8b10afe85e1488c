/**
 * The few Bases types we use (Obsidian 1.10+), declared here because we build against the 1.8.7 API
 * types; shapes copied from the official obsidian.d.ts (BasesView, BasesViewConfig, BasesQueryResult,
 * BasesEntry, Value, BasesViewRegistration). Everything is looked up at runtime, so an older app or
 * a vault with Bases turned off simply gets no view.
 */
import type { App, Component, Plugin, TFile } from "obsidian";
import * as obsidian from "obsidian";

export type BasesPropertyId = `${"note" | "formula" | "file"}.${string}`;

/** `Value` in obsidian.d.ts: every property value has these two. */
export interface BasesValue {
	toString(): string;
	isTruthy(): boolean;
}

export interface BasesEntry {
	file: TFile;
	getValue(propertyId: BasesPropertyId): BasesValue | null;
}

export interface BasesQueryResult {
	data: BasesEntry[];
}

export interface BasesViewConfig {
	get(key: string): unknown;
}

/** Opaque to views: the controller is only handed back to the BasesView constructor. */
export type QueryController = Component;

export interface BasesView extends Component {
	type: string;
	app: App;
	config: BasesViewConfig;
	allProperties: BasesPropertyId[];
	data: BasesQueryResult;
	onDataUpdated(): void;
}

export type BasesViewClass = abstract new (controller: QueryController) => BasesView;

export interface BasesOption {
	key: string;
	type: "text" | "dropdown";
	displayName: string;
	default?: string;
	placeholder?: string;
	options?: Record<string, string>;
}

export interface BasesViewRegistration {
	name: string;
	icon: string;
	factory: (controller: QueryController, containerEl: HTMLElement) => BasesView;
	options?: (config: BasesViewConfig) => BasesOption[];
}

interface PluginWithBases {
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean;
}

/** The runtime BasesView class, or null where the app has none (before 1.10). */
export function basesViewClass(module: object = obsidian): BasesViewClass | null {
	const candidate = (module as Record<string, unknown>).BasesView;
	return typeof candidate === "function" ? (candidate as BasesViewClass) : null;
}

/** The plugin's registerBasesView where the app has it; null before 1.10. */
export function basesRegistrar(plugin: Plugin): PluginWithBases["registerBasesView"] | null {
	const register = (plugin as unknown as Partial<PluginWithBases>).registerBasesView;
	return typeof register === "function" ? register.bind(plugin) : null;
}
