/**
 * releaseName on the in-memory transport with a hand-made holder host:
 * the release deletes only the claim it checked (compare-and-set on its
 * revision), so a create that takes the name while the holder is asked is
 * never undone.
 */
import t from "tap";
import { Client, FleetError, releaseName, resolveOptions } from "../../client/src/index.js";
import {
  createReply,
  decodeRequest,
  encodeJson,
  encodeReply,
  JSON_BODY,
  nodeSubject,
  Status,
  type KvBucket,
} from "../../proto/wire/index.js";
import {
  encodeSnapshot,
  HOSTS_BUCKET,
  INSTANCES_BUCKET,
  instanceRecord,
  type InstanceRecord,
} from "../../proto/domain/index.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

const HOLDER = "hv1.example.com";

async function setup(onJobs?: () => Promise<void>) {
  const broker = new MemoryBroker();
  const hosts = await broker.kvStore.ensure({ name: HOSTS_BUCKET });
  await hosts.put(HOLDER, encodeSnapshot({ identity: HOLDER, version: "0.1.0", facts: {}, tags: [], agents: ["rpcutil", "hypervisor"], enabled: true, started_ms: Date.now(), time_ms: Date.now(), heartbeat_ms: 30_000, missed: 3 }));
  const names = await broker.kvStore.ensure({ name: INSTANCES_BUCKET });
  // The holder: up, with no instance and no job; `onJobs` runs while it is being asked.
  const host = broker.connect();
  host.subscribe(nodeSubject(HOLDER), async (msg) => {
    const request = decodeRequest(msg.data);
    if (request.action === "jobs") await onJobs?.();
    const body = request.action === "instances" ? { instances: [] } : { jobs: [] };
    host.publish(msg.reply!, encodeReply(createReply({ requestId: request.id, sender: HOLDER, status: Status.OK, body: encodeJson(body), bodyType: JSON_BODY })));
  });
  const client = new Client(broker.connect(), resolveOptions({ caller: "tester", graceMs: 100 }));
  return { names, client };
}

const claim = (hostname: string, host: string, state = "creating"): Uint8Array => encodeJson({ hostname, host, profile: "tiny", state, time_ms: Date.now() } satisfies InstanceRecord);

async function holderOf(names: KvBucket, name: string): Promise<string | undefined> {
  const entry = await names.get(name);
  return entry ? instanceRecord(entry)?.host : undefined;
}

t.test("a stale claim of an up holder that has nothing of it is released", async (t) => {
  const { names, client } = await setup();
  await names.create("web1.example.com", claim("web1.example.com", HOLDER));
  const released = await releaseName(client, "web1.example.com", { timeoutMs: 500 });
  t.match(released, { forced: false, claim: { name: "web1.example.com", host: HOLDER, holder: "up" }, reason: /answered and has neither/ });
  t.equal(await names.get("web1.example.com"), null);
});

t.test("a create that takes the name while the holder is asked is never undone", async (t) => {
  let names!: KvBucket;
  const ctx = await setup(async () => {
    // The stale claim is taken over (the holder's own create of the name, an update bound to the revision) at this moment.
    const entry = (await names.get("web2.example.com"))!;
    t.ok(await names.update("web2.example.com", claim("web2.example.com", "hv2.example.com"), entry.revision), "the concurrent create took the name");
  });
  names = ctx.names;
  await names.create("web2.example.com", claim("web2.example.com", HOLDER));
  const err = await releaseName(ctx.client, "web2.example.com", { timeoutMs: 500 }).catch((e: unknown) => e);
  t.ok(err instanceof FleetError && err.code === "conflict", "refused as a conflict");
  t.match((err as Error).message, /changed while it was checked/);
  t.equal(await holderOf(names, "web2.example.com"), "hv2.example.com", "the new claim is intact");
});

t.test("no claim: not-found; no holder in the registry: released without asking", async (t) => {
  const { names, client } = await setup();
  const err = await releaseName(client, "none.example.com").catch((e: unknown) => e);
  t.ok(err instanceof FleetError && err.code === "not-found", "no claim: not-found (exit 3)");
  await names.create("web3.example.com", claim("web3.example.com", "lost.example.com", "running"));
  const released = await releaseName(client, "web3.example.com");
  t.match(released, { claim: { holder: "unregistered" }, reason: "its holder lost.example.com is not in the host registry" });
  t.equal(await names.get("web3.example.com"), null);
});
