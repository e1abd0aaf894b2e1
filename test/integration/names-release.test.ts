/**
 * `ampm names ls` and `ampm names release`: clearing a stale hostname
 * claim (KV ampm-instances) on a real nats-server with real hypervisor
 * agents (sim driver) and the real CLI. A claim is released when its holder
 * is gone from the registry or has no instance or job of the name; refused
 * while the holder has it (exit 1) or is registered but silent (exit 4).
 */
import t from "tap";
import { setTimeout as sleep } from "node:timers/promises";
import { connectTransport, encodeJson } from "../../proto/wire/index.js";
import { INSTANCES_BUCKET, instanceRecord, type InstanceRecord } from "../../proto/domain/index.js";
import { fleetRoot, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { hypervisorHost, TEST_PROFILES } from "../helpers/hypervisor.js";

const H1 = "hv1.example.com";
const H3 = "hv3.example.com";
// Fast heartbeats: a killed host is gone 3 × 5 s after its last write (time enough, on a busy machine, to ask it while it is still registered).
const registry = { heartbeat: "5s", missed: 3, max_age: "1h" };
const root = fleetRoot();
const broker = await startBroker();
const specs = [H1, H3].map((id) => {
  const spec = hypervisorHost(root, id, { slots: 10 });
  return { ...spec, config: { ...spec.config, registry } };
});
const fleet = await startFleet(broker.url, specs, root);
const nats = await connectTransport({ servers: [broker.url] });
t.teardown(async () => {
  await nats.close();
  await fleet.stop();
  await broker.stop();
});

const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url], { env: { AMPM_PROFILES: TEST_PROFILES }, timeoutMs: 90_000 });

async function bucket() {
  return (await nats.kv!().open(INSTANCES_BUCKET))!;
}

async function record(hostname: string): Promise<InstanceRecord | undefined> {
  const entry = await (await bucket()).get(hostname);
  return entry ? instanceRecord(entry) : undefined;
}

interface Claim {
  name: string;
  host: string;
  holder: string;
  state: string;
  revision: number;
  holderLastSeenAgoMs?: number;
}

async function claims(): Promise<Claim[]> {
  const ls = await ampm("names", "ls", "--json");
  return ls.code === 3 ? [] : (JSON.parse(ls.stdout).names as Claim[]);
}

t.test("a claim whose holder is up and has the instance is listed, and not released", async (t) => {
  const created = await ampm("create", "--profile", "tiny", "--hostname", "kept.example.com", "--container", H1);
  t.equal(created.code, 0, created.stderr);
  const listed = (await claims()).find((c) => c.name === "kept.example.com");
  t.match(listed, { host: H1, holder: "up", state: /^(running|creating)$/ });
  const human = await ampm("names", "ls");
  t.equal(human.code, 0);
  t.match(human.stdout, /^NAME\s+HOST\s+HOLDER\s+LAST SEEN\s+STATE\s+PROFILE$/m);
  t.match(human.stdout, /^kept\.example\.com\s+hv1\.example\.com\s+up\s+\d+s ago\s+(running|creating)\s+tiny$/m);
  t.comment(`ampm names ls:\n${human.stdout}`);

  const refused = await ampm("names", "release", "kept.example.com");
  t.equal(refused.code, 1, "refused: exit 1");
  t.match(refused.stderr, /^ampm: hv1\.example\.com is up and has the instance kept\.example\.com \(running\): the claim is not stale; not released/m);
  t.comment(`ampm names release kept.example.com:\n${refused.stderr}`);
  t.equal((await record("kept.example.com"))?.host, H1, "the claim is still there");
});

t.test("a claim whose holder is up but has neither the instance nor a job for it is released", async (t) => {
  // What a host leaves when its index write after a failed create did not get through.
  const stale: InstanceRecord = { hostname: "leftover.example.com", host: H1, profile: "tiny", state: "creating", time_ms: Date.now() - 3600_000 };
  t.ok(await (await bucket()).create(stale.hostname, encodeJson(stale)));
  const taken = await ampm("create", "--profile", "tiny", "--hostname", "leftover.example.com", "--container", H3);
  t.equal(taken.code, 1, "the stale claim blocks a create");
  t.match(taken.stderr, /name taken/);

  const released = await ampm("names", "release", "leftover.example.com");
  t.equal(released.code, 0, released.stderr);
  t.match(released.stdout, /^released leftover\.example\.com \(held by hv1\.example\.com, creating\): its holder hv1\.example\.com answered and has neither the instance nor a job for it$/m);
  t.comment(`ampm names release leftover.example.com:\n${released.stdout}`);
  t.equal(await record("leftover.example.com"), undefined);
  const created = await ampm("create", "--profile", "tiny", "--hostname", "leftover.example.com", "--container", H3);
  t.equal(created.code, 0, `the name can be created again: ${created.stderr}`);
});

t.test("a dead holder: refused while it is registered but silent (exit 4), released once the registry shows it gone", async (t) => {
  const created = await ampm("create", "--profile", "tiny", "--hostname", "orphan.example.com", "--container", H3);
  t.equal(created.code, 0, created.stderr);
  await fleet.get(H3).stop("SIGKILL");

  const silent = await ampm("names", "release", "orphan.example.com", "--timeout", "1s");
  t.equal(silent.code, 4, `registered, no answer: exit 4 (${silent.stderr.trim()})`);
  t.match(silent.stderr, /hv3\.example\.com holds orphan\.example\.com and is registered but did not answer/);
  t.equal((await record("orphan.example.com"))?.host, H3, "not released");

  const deadline = Date.now() + 45_000;
  let claim: Claim | undefined;
  while (Date.now() < deadline) {
    claim = (await claims()).find((c) => c.name === "orphan.example.com");
    if (claim?.holder === "gone") break;
    await sleep(300);
  }
  t.equal(claim?.holder, "gone", "ls shows the holder gone");
  t.ok(claim!.holderLastSeenAgoMs! >= 15_000, `last seen ${claim!.holderLastSeenAgoMs} ms ago`);
  const human = await ampm("names", "ls");
  t.match(human.stdout, /^orphan\.example\.com\s+hv3\.example\.com\s+gone\s+\d+s ago\s+running\s+tiny$/m);
  t.comment(`ampm names ls:\n${human.stdout}`);

  const released = await ampm("names", "release", "orphan.example.com", "--json");
  t.equal(released.code, 0, released.stderr);
  const doc = JSON.parse(released.stdout);
  t.comment(`ampm names release orphan.example.com --json:\n${released.stdout}`);
  t.match(doc, { released: { name: "orphan.example.com", host: H3, holder: "gone" }, forced: false, reason: /^its holder hv3\.example\.com is gone from the host registry \(last seen \d+s ago\)$/ });
  t.equal(await record("orphan.example.com"), undefined);
  const again = await ampm("create", "--profile", "tiny", "--hostname", "orphan.example.com", "--container", H1);
  t.equal(again.code, 0, `the name is free for a create elsewhere: ${again.stderr}`);
  t.equal((await record("orphan.example.com"))?.host, H1);
});

t.test("--force releases without asking, with a warning; no such claim: exit 3; bad input: exit 2", async (t) => {
  const forced = await ampm("names", "release", "kept.example.com", "--force");
  t.equal(forced.code, 0, forced.stderr);
  t.match(forced.stderr, /^ampm: warning: kept\.example\.com released without asking hv1\.example\.com \(--force\)/m);
  t.match(forced.stdout, /released kept\.example\.com \(held by hv1\.example\.com, \w+\): forced/);
  t.equal(await record("kept.example.com"), undefined);

  const none = await ampm("names", "release", "never.example.com");
  t.equal(none.code, 3);
  t.match(none.stderr, /no claim of the name never\.example\.com/);
  const bad = await ampm("names", "release", "Not A Host");
  t.equal(bad.code, 2);
  const op = await ampm("names", "frob");
  t.equal(op.code, 2);
});
