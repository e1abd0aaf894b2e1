import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** The ampm checkout or package root, and its version (found from the source tree or from dist/). */
const found: { root: string; version: string } = (() => {
  for (const rel of ["../../package.json", "../../../package.json"]) {
    const url = new URL(rel, import.meta.url);
    try {
      const pkg = JSON.parse(readFileSync(url, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "ampm" && pkg.version) return { root: dirname(fileURLToPath(url)), version: pkg.version };
    } catch {
      // not at this level: try the next
    }
  }
  return { root: dirname(fileURLToPath(new URL("../../", import.meta.url))), version: "0.0.0" };
})();

export const VERSION: string = found.version;
export const PACKAGE_ROOT: string = found.root;
