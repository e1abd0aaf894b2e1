/** The README's first command: the demo runs through and stops everything it started. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect as tcpConnect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { ROOT } from "../helpers/paths.js";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

t.test("npm run demo -- --once", async (t) => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "ampm-demo-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const result = spawnSync("bash", [join(ROOT, "examples/demo/run.sh"), "--once"], {
    env: { ...process.env, AMPM_DEMO_PORT: String(port), AMPM_DEMO_DIR: dir, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 280_000,
  });
  t.equal(result.status, 0, result.stderr);
  t.match(result.stdout, /^\$ ampm create --profile dmz-webserver-rhel-5 --hostname instance1\.example\.com --container container1\.example\.com\ninstance1\.example\.com:dmz-webserver-rhel-5 created on container1\.example\.com\n/m);
  t.match(result.stdout, /^\$ AMPM_HOSTNAME=instance1\.example\.com ampm query --container\ncontainer1\.example\.com\n/m);
  t.match(result.stdout, /^instance1\.example\.com:dmz-webserver-rhel-5 migrated to container5\.example\.com$/m);
  t.match(result.stdout, /^ns3\.example\.com:external-name-server-rhel5 created on container3\.example\.com$/m);
  t.match(result.stdout, /^container2\.example\.com: 3 migrated, 0 failed, 0 without a place$/m);
  t.notMatch(result.stderr, /^ampm: /m, "no command failed");
  t.match(result.stdout, /demo: the fleet is up/);
  t.match(result.stdout, /demo: stopped the broker and the agents/);
  t.equal(await listening(port), false, "the broker is gone");
});
