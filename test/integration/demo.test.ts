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
    env: { ...process.env, AMPM_DEMO_PORT: String(port), AMPM_DEMO_WEB_PORT: "0", AMPM_DEMO_DIR: dir, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 280_000,
  });
  t.equal(result.status, 0, result.stderr);
  t.match(result.stdout, /^\$ ampm create --profile dmz-webserver-rhel-5 --hostname instance1\.example\.com --container container1\.example\.com\ninstance1\.example\.com:dmz-webserver-rhel-5 created on container1\.example\.com\n/m);
  t.match(result.stdout, /^\$ AMPM_HOSTNAME=instance1\.example\.com ampm query --container\ncontainer1\.example\.com\n/m);
  t.match(result.stdout, /^instance1\.example\.com:dmz-webserver-rhel-5 migrated to container5\.example\.com$/m);
  t.match(result.stdout, /^ns3\.example\.com:external-name-server-rhel5 created on container3\.example\.com$/m);
  t.match(result.stdout, /^container2\.example\.com: 3 migrated, 0 failed, 0 without a place$/m);
  // Security: the read-only caller can look, and cannot migrate (the broker refuses); the policy refuses a destroy on a DMZ host.
  t.match(result.stdout, /^\$ AMPM_KEY=\S+\/helpdesk\.nk ampm status container1\.example\.com\ncontainer1\.example\.com\s+enabled/m);
  t.match(result.stdout, /^\d{4}-\d\d-\d\d \S+\s+container3\.example\.com\s+sysadmin\s+hypervisor\.destroy\s+instance2\.example\.com\s+UNAUTHORIZED\s+\d+\s+sysadmin may not run hypervisor\.destroy on container3\.example\.com \(policy rule 1\)/m);
  t.match(result.stdout, /^\S+ \S+\s+container2\.example\.com\s+agent:container1\.example\.com\s+hypervisor\.migrate_in\s+instance2\.example\.com\s+OK/m, "the audit trail follows instance2 across hosts");
  const failed = result.stderr.split("\n").filter((l) => l.startsWith("ampm: "));
  t.same(
    failed,
    [
      'ampm: container3.example.com: the broker refused: Permissions Violation for Publish to "ampm.v1.node.container3.example.com" (the broker\'s permissions for "helpdesk" do not allow hypervisor.migrate as a request to one host)',
      "ampm: container3.example.com: sysadmin may not run hypervisor.destroy on container3.example.com (policy rule 1): instances on DMZ hosts are destroyed through change control",
    ],
    "no command failed but the two refusals",
  );
  t.match(result.stdout, /demo: the fleet is up/);
  const web = /^demo: ampm serve: the fleet on the web at (http:\/\/127\.0\.0\.1:(\d+)\/)/m.exec(result.stdout);
  t.ok(web, "ampm serve started on loopback and its URL was printed");
  t.match(result.stdout, /^demo: GET \/api\/v1\/hosts: 5 hosts, \d enabled, \d+ instances$/m, "its REST API answered for the five hosts");
  if (web) t.equal(await listening(Number(web[2])), false, "ampm serve is gone");
  t.match(result.stdout, /demo: stopped the broker and the agents/);
  t.equal(await listening(port), false, "the broker is gone");
});
