/**
 * External discovery: a program reads the filter as JSON on stdin and
 * prints identities; the call then goes to those hosts. Real broker, real
 * agents, the real CLI, a /bin/sh program.
 */
import t from "tap";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { host, SEED_FLEET } from "../helpers/seed-fleet.js";

const dir = mkdtempSync(join(tmpdir(), "ampm-external-"));
const broker = await startBroker();
const fleet = await startFleet(broker.url, SEED_FLEET.slice(0, 3));
t.teardown(async () => {
  await fleet.stop();
  await broker.stop();
  rmSync(dir, { recursive: true, force: true });
});

const seen = join(dir, "filter.json");
const program = join(dir, "cmdb");
writeFileSync(program, `#!/bin/sh\n# the filter as JSON on stdin, kept for the test; then two hosts, a comment and a blank line\ncat > ${seen}\necho "# from the CMDB"\necho ${host(3)}\necho\necho ${host(1)}\n`);
chmodSync(program, 0o755);
const failing = join(dir, "broken");
writeFileSync(failing, "#!/bin/sh\necho 'the CMDB is down' >&2\nexit 7\n");
chmodSync(failing, 0o755);

const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url]);

t.test("the program gets the filter and names the hosts", async (t) => {
  const found = await ampm("discover", "--discovery-program", program, "-T", "PHX", "-W", "cpus > 4", "--json");
  t.equal(found.code, 0, found.stderr);
  t.same(JSON.parse(found.stdout).hosts, [host(1), host(3)]);
  const filter = JSON.parse(readFileSync(seen, "utf8"));
  t.same(filter.tags, ["PHX"]);
  t.equal(filter.where, "cpus > 4");
  const call = await ampm("rpc", "rpcutil", "ping", "--discovery-method", "external", "--discovery-program", program, "--json");
  t.equal(call.code, 0, call.stderr);
  t.same(JSON.parse(call.stdout).results.map((r: { sender: string }) => r.sender).sort(), [host(1), host(3)]);
});

t.test("a failing program, or none, is a clear usage error", async (t) => {
  const broken = await ampm("discover", "--discovery-program", failing);
  t.equal(broken.code, 2);
  t.match(broken.stderr, /discovery program ".*broken" failed \(exit 7\): "the CMDB is down"/);
  const none = await ampm("discover", "--discovery-method", "external");
  t.equal(none.code, 2);
  t.match(none.stderr, /external discovery needs a program: --discovery-program PATH/);
});
