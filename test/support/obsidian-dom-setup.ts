// jest setupFiles: jsdom test files get Obsidian's DOM extensions (see obsidian-dom.ts); node ones have no DOM.
import { installObsidianDom } from "./obsidian-dom";

if (typeof window !== "undefined") installObsidianDom(window);
