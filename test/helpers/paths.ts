import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout's root: the nearest directory up with ampm's package.json (works from test/ and dist/test/). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "ampm") return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find ampm's package.json above test/helpers");
    dir = up;
  }
}

export const ROOT = findRoot();
export const AGENT_MAIN = join(ROOT, "dist", "agents", "src", "main.js");
export const CLI_MAIN = join(ROOT, "dist", "client", "src", "cli", "main.js");
export const CLI_BIN = join(ROOT, "bin", "ampm.js");
export const TEST_BROKER_CONF = join(ROOT, "broker-config", "test.conf");
