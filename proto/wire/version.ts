import { readFileSync } from "node:fs";

/** The ampm version, from package.json (found from the source tree or from dist/). */
export const VERSION: string = (() => {
  for (const rel of ["../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "ampm" && pkg.version) return pkg.version;
    } catch {
      // not at this level: try the next
    }
  }
  return "0.0.0";
})();
