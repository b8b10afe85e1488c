// What our code takes from js-yaml, and all the bundles ship of it (see esbuild.config.mjs): the loader
// and the YAML 1.2 core schema. js-yaml's index also pulls in the dumper and the YAML 1.1 extras of its
// default schema (timestamps, binary, sets, merge keys) that we never use. Importing a name not
// exported here fails the build, so nothing silently comes out undefined.
import loader from "../../node_modules/js-yaml/lib/loader.js";
import CORE_SCHEMA from "../../node_modules/js-yaml/lib/schema/core.js";

export const load = loader.load;
export { CORE_SCHEMA };
