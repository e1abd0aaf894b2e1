import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Set by the bundler (packaging/bundle.mjs) in a bundled build: the version,
 * and where the shipped plugins are, relative to the program's directory.
 * Undefined when running from compiled sources (a checkout or the npm package).
 */
export interface BundleInfo {
  version: string;
  /** The shipped plugins' directory, relative to the program's directory. */
  plugins: string;
  /** Built into a single executable (the program is process.execPath, not a script run by node). */
  sea: boolean;
}

declare const AMPM_BUNDLE: BundleInfo | undefined;

export const BUNDLE: BundleInfo | undefined = typeof AMPM_BUNDLE === "undefined" ? undefined : AMPM_BUNDLE;

/** The ampm checkout or package root, and its version (found from the source tree or from dist/). */
function fromPackageJson(): { root: string; version: string } {
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
}

/** A bundle's root is the directory of the program: the single executable, or the bundle file run by node. */
const found = BUNDLE
  ? { root: dirname(BUNDLE.sea ? process.execPath : resolve(process.argv[1] ?? process.execPath)), version: BUNDLE.version }
  : fromPackageJson();

export const VERSION: string = found.version;
export const PACKAGE_ROOT: string = found.root;
