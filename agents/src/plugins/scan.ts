/**
 * Finds plugins on the plugin path: every `<dir>/<name>/<name>.json` with an
 * executable `<dir>/<name>/<name>`. What is wrong with one is a problem in
 * the report; the others load.
 */
import { accessSync, constants, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { compileActions, manifestProblems, type CompiledAction, type Manifest, type PluginKind } from "./manifest.js";

export interface PluginSpec {
  name: string;
  kind: PluginKind;
  dir: string;
  executable: string;
  manifest: Manifest;
  actions: ReadonlyMap<string, CompiledAction>;
}

export interface ScanResult {
  plugins: PluginSpec[];
  /** One line per skipped plugin or unreadable directory. */
  problems: string[];
}

export function scanPluginDirs(dirs: readonly string[]): ScanResult {
  const plugins: PluginSpec[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (err) {
      problems.push(`${dir}: cannot read the plugin directory: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      continue;
    }
    for (const name of entries) {
      const pluginDir = join(dir, name);
      const manifestPath = join(pluginDir, `${name}.json`);
      try {
        if (!statSync(pluginDir).isDirectory() || !statSync(manifestPath, { throwIfNoEntry: false })?.isFile()) continue;
      } catch {
        continue;
      }
      const loaded = loadPlugin(pluginDir, name, manifestPath);
      if (typeof loaded === "string") {
        problems.push(`${pluginDir}: ${loaded}`);
        continue;
      }
      const earlier = seen.get(loaded.name);
      if (earlier) {
        problems.push(`${pluginDir}: skipped, a plugin named "${loaded.name}" was already found in ${earlier}`);
        continue;
      }
      seen.set(loaded.name, pluginDir);
      plugins.push(loaded);
    }
  }
  return { plugins, problems };
}

function loadPlugin(dir: string, name: string, manifestPath: string): PluginSpec | string {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (err) {
    return `manifest ${name}.json is not valid JSON: ${(err as Error).message}`;
  }
  const problems = manifestProblems(value, name);
  if (problems.length > 0) return `manifest ${name}.json: ${problems.join("; ")}`;
  const manifest = value as Manifest;
  const executable = join(dir, name);
  try {
    if (!statSync(executable).isFile()) return `${name} is not a file`;
    accessSync(executable, constants.X_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `no executable ${name} beside the manifest` : `${name} is not executable (chmod +x)`;
  }
  let actions: Map<string, CompiledAction>;
  try {
    actions = compileActions(manifest);
  } catch (err) {
    return `manifest ${name}.json: a schema does not compile: ${(err as Error).message}`;
  }
  return { name, kind: manifest.kind, dir, executable, manifest, actions };
}
