/**
 * Operator attributes and pools on a real nats-server with real agents:
 * `ampm attr set` values select hosts in filters (evaluated by the hosts
 * and by registry discovery alike), win over the agent's own facts, show
 * in `ampm facts`; `ampm pool ls` lists pools.
 */
import t from "tap";
import { setTimeout as sleep } from "node:timers/promises";
import { startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { host, SEED_FLEET } from "../helpers/seed-fleet.js";

const broker = await startBroker();
const fleet = await startFleet(broker.url, SEED_FLEET);
t.teardown(async () => {
  await fleet.stop();
  await broker.stop();
});

const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url]);

/** The hosts a filter selects, by a discovery method; retried briefly, as a change travels to the hosts (a watch) and back (their registry entries). */
async function selected(method: string, expected: string[], ...filter: string[]): Promise<string[]> {
  let hosts: string[] = [];
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(200)) {
    const result = await ampm("discover", ...filter, "--json", "--discovery-method", method, "--discovery-quiet", "150ms");
    hosts = result.code === 0 ? (JSON.parse(result.stdout).hosts as string[]) : [];
    if (JSON.stringify(hosts) === JSON.stringify(expected)) break;
  }
  return hosts;
}

t.test("attributes select hosts, by broadcast and by registry, and win over the host's facts", async (t) => {
  t.equal((await ampm("attr", "set", host(1), "pool", "db-prod")).code, 0);
  t.equal((await ampm("attr", "set", host(2), "pool", "db-prod", "web")).code, 0, "several values: a list");
  t.equal((await ampm("attr", "set", host(3), "rack", "r9")).code, 0, "an attribute named like one of the host's facts");
  for (const method of ["broadcast", "registry"]) {
    t.same(await selected(method, [host(1), host(2)], "-F", "pool=db-prod"), [host(1), host(2)], `${method}: -F pool=db-prod`);
    t.same(await selected(method, [host(2)], "-W", "pool has web"), [host(2)], `${method}: -W on a list`);
    t.same(await selected(method, [host(3)], "-F", "rack=r9"), [host(3)], `${method}: the operator's rack`);
    t.same(await selected(method, [host(4)], "-F", "rack=r2"), [host(4)], `${method}: the agent's own rack r2 of container3 is overridden`);
  }
  const facts = await ampm("facts", host(3), "--json");
  t.equal(JSON.parse(facts.stdout).results[0].data.facts.rack, "r9", "ampm facts shows the operator's value");
});

t.test("attr get and del, pool ls", async (t) => {
  const got = await ampm("attr", "get", host(2), "--json");
  t.equal(got.code, 0);
  t.same(JSON.parse(got.stdout), { host: host(2), attributes: { pool: ["db-prod", "web"] } });
  const human = await ampm("attr", "get", host(1));
  t.match(human.stdout, /^pool\s+db-prod$/m);
  const pools = await ampm("pool", "ls", "--json");
  t.same(JSON.parse(pools.stdout).pools, [
    { pool: "db-prod", hosts: [host(1), host(2)] },
    { pool: "web", hosts: [host(2)] },
  ]);
  const table = await ampm("pool", "ls");
  t.match(table.stdout, /^POOL\s+HOSTS\s+MEMBERS\ndb-prod\s+2\s+container1\.example\.com, container2\.example\.com\nweb\s+1\s+container2\.example\.com$/m);
  t.equal((await ampm("attr", "del", host(1), "pool")).code, 0);
  t.equal((await ampm("attr", "get", host(1), "pool")).code, 3, "gone");
  t.equal((await ampm("attr", "del", host(1), "pool")).code, 3, "nothing to delete");
  t.same(await selected("broadcast", [host(2)], "-F", "pool=db-prod"), [host(2)], "the host dropped the deleted attribute");
  t.same(await selected("registry", [host(2)], "-F", "pool=db-prod"), [host(2)], "and so did its registry entry");
});

t.test("bad input is a usage error", async (t) => {
  const bad = await ampm("attr", "set", host(1), "identity", "x");
  t.equal(bad.code, 2);
  t.match(bad.stderr, /attribute name "identity"/);
  t.equal((await ampm("attr", "set", host(1), "pool")).code, 2, "no value");
  t.equal((await ampm("attr", "frob", host(1))).code, 2);
  t.equal((await ampm("attr", "get", "not a host")).code, 2);
});
