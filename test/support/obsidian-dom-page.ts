// Injected into every browser harness and bench page bundle, before the page's own code runs.
import { installObsidianDom } from "./obsidian-dom";

installObsidianDom(window);
