/**
 * Hostnames are unique across the fleet: a create claims its name in the
 * instance index (KV ampm-instances) with a create-if-absent write before
 * its host builds anything. Real nats-server, real hypervisor agents (sim
 * driver), the real CLI.
 */
import t from "tap";
import { connectTransport } from "../../proto/wire/index.js";
import { INSTANCES_BUCKET, instanceRecord } from "../../proto/domain/index.js";
import { fleetRoot, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { hypervisorHost, TEST_PROFILES } from "../helpers/hypervisor.js";

const H1 = "hv1.example.com";
const H2 = "hv2.example.com";
const root = fleetRoot();
const broker = await startBroker();
const fleet = await startFleet(broker.url, [hypervisorHost(root, H1, { slots: 40 }), hypervisorHost(root, H2, { slots: 40 })], root);
const nats = await connectTransport({ servers: [broker.url] });
t.teardown(async () => {
  await nats.close();
  await fleet.stop();
  await broker.stop();
});

const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url], { env: { AMPM_PROFILES: TEST_PROFILES }, timeoutMs: 90_000 });

async function record(hostname: string) {
  const bucket = await nats.kv!().open(INSTANCES_BUCKET);
  const entry = await bucket?.get(hostname);
  return entry ? instanceRecord(entry) : undefined;
}

async function where(hostname: string): Promise<string[]> {
  const status = JSON.parse((await ampm("status", "all", "--json")).stdout) as { hosts: { identity: string; instances: { hostname: string }[] }[] };
  return status.hosts.filter((h) => h.instances.some((i) => i.hostname === hostname)).map((h) => h.identity);
}

t.test("two concurrent creates of one hostname, placement free: exactly one succeeds, 20 rounds", async (t) => {
  for (let round = 1; round <= 20; round++) {
    const name = `same${round}.example.com`;
    const [a, b] = await Promise.all([ampm("create", "--profile", "tiny", "--hostname", name), ampm("create", "--profile", "tiny", "--hostname", name)]);
    const codes = [a.code, b.code].sort();
    t.same(codes, [0, 1], `round ${round}: one 0, one 1 (${a.code}: ${a.stderr.trim()} | ${b.code}: ${b.stderr.trim()})`);
    const loser = a.code === 0 ? b : a;
    t.match(loser.stderr, /^ampm: .*name taken: same\d+\.example\.com/m, `round ${round}: the other is told the name is taken`);
    const hosts = await where(name);
    t.equal(hosts.length, 1, `round ${round}: one instance ${name} in the fleet`);
    t.equal((await record(name))?.host, hosts[0], `round ${round}: the index names its host`);
  }
});

t.test("creates of one hostname on two named hosts at once: the claim decides, not the hosts", async (t) => {
  for (let round = 1; round <= 5; round++) {
    const name = `pinned${round}.example.com`;
    const [a, b] = await Promise.all([
      ampm("create", "--profile", "tiny", "--hostname", name, "--container", H1),
      ampm("create", "--profile", "tiny", "--hostname", name, "--container", H2),
    ]);
    t.same([a.code, b.code].sort(), [0, 1], `round ${round}`);
    const loser = a.code === 0 ? b : a;
    t.match(loser.stderr, /name taken: pinned\d+\.example\.com is held by hv[12]\.example\.com \(creating|name taken: pinned\d+\.example\.com (is held by|exists already)/);
    t.equal((await where(name)).length, 1);
  }
});

t.test("destroy releases the name; the index answers where an instance is", async (t) => {
  const name = "same1.example.com";
  const host = (await record(name))!.host;
  const query = await ampm("query", name, "--container", "--verbose");
  t.equal(query.code, 0, query.stderr);
  t.match(query.stdout, host);
  t.equal(query.stderr.match(/hypervisor\.instances on ampm\.v1\.broadcast/g)?.length, 1, "one request");
  t.notMatch(query.stderr, /asking every host/, "the index was right: no host but that one was asked to look");
  const destroyed = await ampm("destroy", name, "--yes");
  t.equal(destroyed.code, 0, destroyed.stderr);
  t.equal(await record(name), undefined, "the destroyed instance's name is free");
  const again = await ampm("create", "--profile", "tiny", "--hostname", name, "--container", host === H1 ? H2 : H1);
  t.equal(again.code, 0, again.stderr);
  t.equal((await record(name))?.host, host === H1 ? H2 : H1);
});
