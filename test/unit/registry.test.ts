/**
 * The host registry's two halves on the in-memory transport: the agent's
 * writer (start, change, heartbeat, clean stop) and the caller's reading
 * (live or gone by missed heartbeats, the filter evaluated on snapshots).
 */
import t from "tap";
import pino from "pino";
import { RegistryWriter } from "../../agents/src/registry.js";
import { readRegistry, selectHosts } from "../../client/src/discovery/index.js";
import { buildFilter, HOSTS_BUCKET } from "../../proto/domain/index.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

const log = pino({ level: "silent" });

t.test("writes at start, on change only when changed, and deletes on a clean stop", async (t) => {
  const broker = new MemoryBroker();
  const transport = broker.connect();
  let facts: Record<string, unknown> = { rack: "r1" };
  const writer = new RegistryWriter(transport, "h1.example.com", { heartbeat: 60_000, missed: 3, max_age: 0 }, () => ({ identity: "h1.example.com", version: "1", facts, tags: ["PHX"], agents: ["rpcutil"], enabled: true, started_ms: 1 }), log);
  t.equal(await readRegistry(transport), null, "no bucket before an agent starts");
  await writer.start();
  const bucket = (await transport.kv!().open(HOSTS_BUCKET))!;
  const first = await bucket.get("h1.example.com");
  t.ok(first, "written at start");
  await writer.changed();
  t.equal((await bucket.get("h1.example.com"))!.revision, first!.revision, "nothing changed: not written again");
  facts = { rack: "r2" };
  await writer.changed();
  const hosts = (await readRegistry(transport))!;
  t.equal(hosts[0]!.snapshot.facts.rack, "r2", "a change is written at once");
  t.same(selectHosts(hosts, buildFilter({ where: "rack = r2 and tags has PHX" })).map((h) => h.snapshot.identity), ["h1.example.com"]);
  t.same(selectHosts(hosts, buildFilter({ facts: ["rack=r1"] })), []);
  await writer.stop();
  t.same(await readRegistry(transport), [], "a clean stop removes the entry");
});

t.test("a host is gone after its missed heartbeats, and stays listed until the bucket's max age", async (t) => {
  const broker = new MemoryBroker();
  const transport = broker.connect();
  const writer = new RegistryWriter(transport, "h2.example.com", { heartbeat: 1000, missed: 3, max_age: 60_000 }, () => ({ identity: "h2.example.com", version: "1", facts: {}, tags: [], agents: ["rpcutil"], enabled: true, started_ms: 1 }), log);
  await writer.start();
  const written = Date.now();
  t.equal((await readRegistry(transport, written + 2900))![0]!.gone, false, "within 3 heartbeats: up");
  t.equal((await readRegistry(transport, written + 3500))![0]!.gone, true, "past 3 heartbeats: gone");
  broker.now = () => written + 61_000;
  t.same(await readRegistry(transport, written + 61_000), [], "the bucket's max age removes it");
  broker.now = Date.now;
  await writer.stop();
});
