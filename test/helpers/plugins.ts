/** Plugin fixtures (test/fixtures/plugins) and a catalog over them, for runner tests. */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { PluginCatalog, type CatalogOptions } from "../../agents/src/plugins/catalog.js";
import { ROOT } from "./paths.js";

export const FIXTURE_PLUGINS = join(ROOT, "test", "fixtures", "plugins");
export const SHIPPED = (kind: string) => join(ROOT, "agents", "plugins", kind);

/** A copy of the fixture plugins (tests may add to it) and a state directory. */
export function fixtureDirs(): { plugins: string; state: string } {
  const base = mkdtempSync(join(tmpdir(), "ampm-plugins-"));
  const plugins = join(base, "plugins");
  cpSync(FIXTURE_PLUGINS, plugins, { recursive: true });
  return { plugins, state: join(base, "state") };
}

export function catalog(options: Partial<CatalogOptions> & { dirs: string[]; stateDir: string }): PluginCatalog {
  return new PluginCatalog({
    config: {},
    facts: () => ({ identity: "test.example.com" }),
    log: pino({ level: "silent" }),
    reserved: ["rpcutil"],
    // Runner tests look at the plugins' own pids, which a PID namespace would renumber (plugin-containment.test.ts tests both).
    containment: "process-group",
    ...options,
  });
}

export const callContext = (deadlineMs = 10_000) => ({
  requestId: "0123456789abcdef0123456789abcdef",
  caller: "tester",
  deadline: Date.now() + deadlineMs,
  log: pino({ level: "silent" }),
});
