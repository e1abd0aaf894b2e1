/**
 * The host registry on a real nats-server with real agents: discovery by
 * registry finds the same hosts as broadcast for every filter form, in one
 * read; a killed agent is named in "no response from" until it misses its
 * heartbeats, then shows as gone; changes (disable) reach the registry at
 * once; a clean stop removes the entry.
 */
import t from "tap";
import { setTimeout as sleep } from "node:timers/promises";
import { startAgent, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { hypervisorHost } from "../helpers/hypervisor.js";
import { ALL, host, SEED_FLEET } from "../helpers/seed-fleet.js";

// Fast heartbeats: a host is gone 3 × 3 s after its last write (a CLI run takes a second or two on a busy machine).
const registry = { heartbeat: "3s", missed: 3, max_age: "1h" };
const broker = await startBroker();
const fleet = await startFleet(broker.url, SEED_FLEET.map((s) => ({ ...s, config: { registry } })));
t.teardown(async () => {
  await fleet.stop();
  await broker.stop();
});

const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url, "--discovery-quiet", "150ms"]);

interface HostItem {
  identity: string;
  state: string;
  lastSeenAgoMs: number;
  version: string;
  agents: string[];
  enabled: boolean;
}

async function hosts(...args: string[]): Promise<HostItem[]> {
  const result = await runAmpm(["hosts", "--json", ...args, "--server", broker.url]);
  return result.code === 3 ? [] : (JSON.parse(result.stdout).hosts as HostItem[]);
}

t.test("registry discovery selects what broadcast selects, for every filter form", async (t) => {
  const cases: string[][] = [
    [],
    ["-I", host(1)],
    ["-I", "/^container[45]\\./"],
    ["-F", "rack=r2"],
    ["-F", "rack=~/^r[13]$/"],
    ["-T", "PHX", "-T", "dell"],
    ["-W", "tags has dmz-interface and not disabled"],
    ["-W", "rack in (r2, r3) and not tags has hp"],
    ["-T", "PHX", "-F", "rack=r1", "-W", "not tags has dell-2850"],
  ];
  for (const args of cases) {
    const label = args.join(" ") || "(no filter)";
    const byRegistry = await ampm("discover", ...args, "--json", "--discovery-method", "registry");
    const byBroadcast = await ampm("discover", ...args, "--json", "--discovery-method", "broadcast");
    t.equal(byRegistry.code, byBroadcast.code, `${label}: same exit code`);
    t.same(JSON.parse(byRegistry.stdout).hosts, JSON.parse(byBroadcast.stdout).hosts, `${label}: same hosts`);
  }
});

t.test("registry is the default once the bucket exists: one read, no broadcast", async (t) => {
  const result = await ampm("discover", "--json", "--verbose");
  t.equal(result.code, 0);
  t.same(JSON.parse(result.stdout).hosts, ALL);
  t.match(result.stderr, /5 hosts \(registry\) in [\d.]+ ms/);
  t.notMatch(result.stderr, /rpcutil\.ping on ampm\.v1\.broadcast/, "no broadcast was sent");
  const help = await ampm("discover", "--help");
  t.match(help.stdout.replace(/\s+/g, " "), /registry \(one read of the host registry: the default when the broker has it, else broadcast\)/);
});

t.test("ampm hosts lists every host, up, with its last-seen age and version", async (t) => {
  const list = await hosts();
  t.same(list.map((h) => h.identity), ALL);
  for (const h of list) {
    t.equal(h.state, "up", h.identity);
    t.ok(h.lastSeenAgoMs >= 0 && h.lastSeenAgoMs < 6000, `${h.identity} seen ${h.lastSeenAgoMs} ms ago`);
    t.ok(h.agents.includes("rpcutil"));
  }
  const human = await runAmpm(["hosts", "-F", "rack=r2", "--server", broker.url]);
  t.equal(human.code, 0);
  t.match(human.stdout, /^IDENTITY\s+STATE\s+LAST SEEN\s+VERSION\s+SLOTS\s+AGENTS$/m);
  t.match(human.stdout, /^container3\.example\.com\s+up\s+\d+s ago\s+\S+\s+-\s+rpcutil$/m);
  t.notMatch(human.stdout, /container1/);
});

t.test("a disabled hypervisor host shows at once; a clean stop removes the entry", async (t) => {
  const hv = await startAgent(broker.url, { ...hypervisorHost(fleet.root, "hv1.example.com"), config: { ...hypervisorHost(fleet.root, "hv1.example.com").config, registry } }, fleet.root);
  t.teardown(() => hv.stop());
  const before = (await hosts("-I", "hv1.example.com"))[0];
  t.equal(before?.state, "up");
  const disable = await runAmpm(["container", "hv1.example.com", "--disable", "--reason", "maintenance", "--server", broker.url]);
  t.equal(disable.code, 0, disable.stderr);
  const after = (await hosts("-I", "hv1.example.com"))[0];
  t.equal(after?.state, "disabled", "the registry has it without waiting for a heartbeat");
  const selected = await ampm("discover", "-W", "not disabled", "-A", "hypervisor", "--json");
  t.equal(selected.code, 3, "a filter on the disabled fact sees the change");
  t.equal(await hv.stop("SIGTERM"), 0);
  t.same(await hosts("-I", "hv1.example.com"), [], "a host stopped cleanly leaves the registry");
});

t.test("a killed agent: 'no response from' while registered, then gone", async (t) => {
  const victim = fleet.get(host(5));
  await victim.stop("SIGKILL");
  const killedAt = Date.now();
  const [ping, rpc] = await Promise.all([ampm("ping", "--json", "--timeout", "1s"), ampm("rpc", "rpcutil", "ping", "--timeout", "1s")]);
  t.comment(`ping and rpc done ${Date.now() - killedAt} ms after the kill`);
  t.equal(ping.code, 4, "some host did not answer");
  const doc = JSON.parse(ping.stdout);
  t.same(doc.summary.noResponse, [host(5)], "the registered but silent host is named");
  t.equal(doc.summary.ok, 4);
  t.equal(rpc.code, 4);
  t.match(rpc.stdout, /No response from:\n\s+container5\.example\.com/);

  // Stale after 3 missed heartbeats of 3 s: wait (bounded) for the registry to say so.
  const deadline = Date.now() + 20_000;
  let entry: HostItem | undefined;
  while (Date.now() < deadline) {
    entry = (await hosts("-I", host(5)))[0];
    if (entry?.state === "gone") break;
    await sleep(200);
  }
  t.equal(entry?.state, "gone", "shown as gone, still listed");
  t.ok(entry!.lastSeenAgoMs >= 9000, `last seen ${entry!.lastSeenAgoMs} ms ago`);
  const human = await runAmpm(["hosts", "--server", broker.url]);
  t.match(human.stdout, /^container5\.example\.com\s+gone\s+\d+s ago/m);
  const after = await ampm("ping", "--json", "--timeout", "1s");
  t.equal(after.code, 0, "a gone host is not asked, and does not make the exit code 4");
  const afterDoc = JSON.parse(after.stdout);
  t.same(afterDoc.summary.noResponse, []);
  t.same(afterDoc.summary.gone.map((g: { identity: string }) => g.identity), [host(5)], "the summary names it as gone");
  t.ok(afterDoc.summary.gone[0].lastSeenAgoMs >= 9000, "with its last-seen age");
  t.ok(Date.parse(afterDoc.summary.gone[0].lastSeen) <= killedAt, "and when that was");
  // A direct call (rpc) discovers by registry too: the same in its summary, text and --json.
  const rpcText = await ampm("rpc", "rpcutil", "ping", "--timeout", "1s");
  t.equal(rpcText.code, 0);
  t.match(rpcText.stdout, /Finished rpcutil\.ping on 4 hosts: 4 ok/);
  t.match(rpcText.stdout, /Gone from the registry \(not asked\):\n\s+container5\.example\.com\s+last seen \d+s ago/);
  t.notMatch(rpcText.stdout, /No response from/);
  t.comment(`ampm rpc rpcutil ping:\n${rpcText.stdout}`);
  const rpcJson = JSON.parse((await ampm("rpc", "rpcutil", "ping", "--timeout", "1s", "--json")).stdout);
  t.same(rpcJson.summary.gone.map((g: { identity: string }) => g.identity), [host(5)]);
  t.same(rpcJson.summary.noResponse, []);
  // Only gone hosts match: nothing is asked (exit 3, as when nothing matched), and they are named.
  const onlyGone = await ampm("rpc", "rpcutil", "ping", "-I", host(5), "--timeout", "1s");
  t.equal(onlyGone.code, 3);
  t.match(onlyGone.stdout, /No hosts to ask: every host that matched is gone from the registry\.\n\nGone from the registry \(not asked\):\n\s+container5\.example\.com/);
  const discover = await ampm("discover", "--json");
  t.same(JSON.parse(discover.stdout).hosts, ALL.slice(0, 4));
  t.equal(((await hosts()).filter((h) => h.state === "up")).length, 4, "the others keep heartbeating");
});
