/**
 * A 3-node nats-server cluster (broker-config/cluster, JetStream replicas 3)
 * with real agents spread over its nodes and a caller on a node of its own:
 * 500 calls (reads, and a writing action whose every run appends its request
 * id to a ledger on the agent), and one node killed with SIGKILL in the
 * middle. Every call answers OK or fails with a clear status, none outlives
 * its timeout, no request runs twice, the agents of the dead node come back
 * through the others, and the registry, instance index and attributes stay
 * readable. Then the node is restarted: it rejoins, and what was written
 * while it was down reaches its own store.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { connect, type Client } from "../../client/src/index.js";
import { AUDIT_STREAM, connectTransport, blobStore } from "../../proto/wire/index.js";
import { ATTRIBUTES_BUCKET, HOSTS_BUCKET, INSTANCES_BUCKET } from "../../proto/domain/index.js";
import { fleetRoot, startAgent, type AgentProcess } from "../helpers/agents.js";
import { CLUSTER_CONF_DIR, LEAF_CONF, startCluster, type ServerNode } from "../helpers/cluster.js";
import { runAmpm } from "../helpers/cli.js";
import { hypervisorHost, TEST_PROFILES } from "../helpers/hypervisor.js";
import { ROOT } from "../helpers/paths.js";

const CALLS = 500;
const CONCURRENCY = 4;
const TIMEOUT_MS = 4000;
/** The client waits timeout + grace (1 s) for replies; the rest is a loaded machine's slack. */
const LIMIT_MS = TIMEOUT_MS + 1000 + 2500;
const registry = { heartbeat: "1s", missed: 3, max_age: "1h" };

const cluster = await startCluster();
const root = fleetRoot();
const plugins = mkdtempSync(join(tmpdir(), "ampm-ledger-"));
const agents: AgentProcess[] = [];
let client: Client | undefined;
t.teardown(async () => {
  await client?.close().catch(() => undefined);
  await Promise.all(agents.map((a) => a.stop()));
  await cluster.stop();
  rmSync(root, { recursive: true, force: true });
  rmSync(plugins, { recursive: true, force: true });
});

// The writing action: each run appends its request id to the agent's ledger (one line per execution).
mkdirSync(join(plugins, "ledger"));
writeFileSync(
  join(plugins, "ledger", "ledger.json"),
  JSON.stringify({
    protocol: "ampm.plugin.v1",
    name: "ledger",
    kind: "agent",
    description: "test: appends the request id to a file, once per run",
    version: "1.0.0",
    timeout_ms: 5000,
    actions: { append: { input: { type: "object" }, output: { type: "object", required: ["lines"], properties: { lines: { type: "integer" } } } } },
  }),
);
writeFileSync(
  join(plugins, "ledger", "ledger"),
  `#!/bin/sh
req=$(cat)
id=$(printf '%s' "$req" | sed -n 's/.*"request_id": *"\\([^"]*\\)".*/\\1/p')
printf '%s\\n' "$id" >> "$AMPM_STATE_DIR/ledger.log"
printf '{"statuscode":0,"statusmsg":"OK","data":{"lines":%d}}\\n' "$(wc -l < "$AMPM_STATE_DIR/ledger.log")"
`,
);
chmodSync(join(plugins, "ledger", "ledger"), 0o755);

const HOSTS = ["c1.example.com", "c2.example.com", "c3.example.com", "c4.example.com", "c5.example.com", "c6.example.com"];
const HYPERVISORS = new Set(["c1.example.com", "c2.example.com"]);

/** Every ledger line of an agent (request ids it ran). */
function ledger(agent: AgentProcess): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === "ledger.log") out.push(...readFileSync(join(dir, e.name), "utf8").split("\n").filter(Boolean));
    }
  };
  walk(join(agent.dir, "state"));
  return out;
}

/** Which node each named connection is on (the monitoring port's /connz). */
async function connectionsByNode(): Promise<Map<string, string>> {
  const where = new Map<string, string>();
  for (const node of cluster.nodes.filter((n) => n.running())) {
    const connz = await node.monitor<{ connections?: { name?: string }[] }>("/connz?limit=1000");
    for (const c of connz.connections ?? []) if (c.name) where.set(c.name, node.name);
  }
  return where;
}

interface StreamDetail {
  name: string;
  config?: { num_replicas?: number };
  state?: { messages: number; last_seq: number };
  cluster?: { leader?: string; replicas?: { name: string; current: boolean }[] };
}

/** The streams a node holds a copy of, by name. */
async function streamsOn(node: ServerNode): Promise<Map<string, StreamDetail>> {
  const jsz = await node.monitor<{ account_details?: { stream_detail?: StreamDetail[] }[] }>("/jsz?accounts=true&streams=true&config=true");
  return new Map((jsz.account_details ?? []).flatMap((a) => a.stream_detail ?? []).map((s) => [s.name, s]));
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (${(last as Error).message})` : ""}`);
    await sleep(200);
  }
}

t.test("the cluster and leaf configs pass nats-server's own check as shipped", async (t) => {
  for (const file of [...["n1", "n2", "n3"].map((n) => join(CLUSTER_CONF_DIR, `${n}.conf`)), LEAF_CONF]) {
    const check = spawnSync("nats-server", ["-t", "-c", file], { encoding: "utf8", cwd: dirname(file) });
    t.equal(check.status, 0, `${file.slice(ROOT.length + 1)}: ${check.stdout}${check.stderr}`.trim());
  }
});

t.test("a 3-node cluster forms; agents spread over it create their assets with 3 replicas", async (t) => {
  const started = Date.now();
  const meta = await cluster.waitForMeta({ all: true });
  t.ok(meta.leader, `meta leader ${meta.leader} after ${Date.now() - started} ms`);
  const specs = HOSTS.map((identity, i) => {
    const base = HYPERVISORS.has(identity) ? hypervisorHost(root, identity) : { identity, config: {} };
    // Two agents per node. Each is given its own node only: the client learns the others from the
    // cluster (the servers' connect_urls) and fails over to them; a list would be shuffled.
    const servers = [cluster.urls[i % 3]];
    return { ...base, config: { ...base.config, servers, plugin_dirs: [plugins], jetstream: { replicas: 3 }, registry } };
  });
  for (const spec of specs) agents.push(await startAgent(cluster.urls[0], spec, root));
  for (const name of [`KV_${HOSTS_BUCKET}`, `KV_${INSTANCES_BUCKET}`, `KV_${ATTRIBUTES_BUCKET}`, AUDIT_STREAM]) {
    const detail = await until(`${name} on every node`, async () => {
      const all = await Promise.all(cluster.nodes.map((n) => streamsOn(n)));
      return all.every((m) => m.has(name)) ? all[0].get(name) : undefined;
    }, 30_000);
    t.equal(detail.config?.num_replicas, 3, `${name}: 3 replicas, one on each node`);
  }
  // An object store (migrations in transit, images) made by a connection with replicas 3.
  const transport = await connectTransport({ servers: cluster.urls, replicas: 3 });
  const file = join(plugins, "blob");
  writeFileSync(file, "volume bytes");
  await blobStore(transport).put("ampm-migrations", "probe", file);
  const objects = await until("the object store's stream", async () => (await streamsOn(cluster.nodes[0])).get("OBJ_ampm-migrations"), 30_000);
  t.equal(objects.config?.num_replicas, 3, "OBJ_ampm-migrations: 3 replicas");
  await blobStore(transport).delete("ampm-migrations", "probe");
  await transport.close();
});

t.test("500 calls, one node killed in the middle: clear outcomes, no duplicate, agents come back, registry readable", async (t) => {
  // The caller on the last node; the node to kill is the other node with the most agents.
  const callerNode = cluster.nodes[2];
  client = await connect({ servers: [callerNode.url], caller: "faults", timeoutMs: TIMEOUT_MS, discoveryQuietMs: 150, replicas: 3 });
  const ampm = (...args: string[]) => runAmpm([...args, "--server", cluster.urls.join(",")], { timeoutMs: 60_000 });
  const created = await runAmpm(["create", "--profiles", TEST_PROFILES, "--profile", "tiny", "--hostname", "keep.example.com", "--container", "c1.example.com", "--server", cluster.urls.join(",")], { timeoutMs: 180_000 }).catch((err: Error) => {
    // Say what the CLI and the agent had done by then, so that a hang here can be told apart.
    const c1 = agents.find((a) => a.spec.identity === "c1.example.com");
    t.comment(`${err.message}\nc1.example.com's last log lines:\n${(c1?.entries() ?? []).slice(-30).map((e) => JSON.stringify(e)).join("\n")}`);
    return { code: -1, stdout: "", stderr: err.message.split("\n")[0] ?? "" };
  });
  t.equal(created.code, 0, `an instance for the index: ${created.stdout}${created.stderr}`);

  const where = await connectionsByNode();
  t.equal(where.get("ampm faults"), callerNode.name, "the caller is on its node");
  const count = (node: string) => HOSTS.filter((h) => where.get(`ampm-agent ${h}`) === node).length;
  const victim = cluster.nodes.filter((n) => n !== callerNode).sort((a, b) => count(b.name) - count(a.name))[0];
  const orphans = HOSTS.filter((h) => where.get(`ampm-agent ${h}`) === victim.name);
  t.comment(`agents per node: ${cluster.nodes.map((n) => `${n.name} ${count(n.name)}`).join(", ")}; killing ${victim.name} (${orphans.join(", ")})`);
  t.ok(orphans.length > 0, "some agents are on the node that dies");

  interface Outcome {
    i: number;
    host: string;
    write: boolean;
    ms: number;
    status: string;
    requestId?: string;
    startedAt: number;
  }
  const outcomes: Outcome[] = [];
  let next = 0;
  let killedAt = 0;
  const worker = async () => {
    while (next < CALLS) {
      const i = next++;
      if (i === Math.floor(CALLS * 0.4) && !killedAt) {
        killedAt = Date.now();
        void cluster.kill(cluster.nodes.indexOf(victim));
      }
      const host = HOSTS[i % HOSTS.length];
      const write = i % 3 === 0;
      const startedAt = Date.now();
      let status: string;
      let requestId: string | undefined;
      try {
        const run = write ? client!.call("ledger", "append", {}, { targets: [host], timeoutMs: TIMEOUT_MS }) : client!.call("rpcutil", "ping", {}, { targets: [host], timeoutMs: TIMEOUT_MS });
        const { results, summary } = await run.collect();
        requestId = summary.requestIds[0];
        status = results[0] ? results[0].status : summary.noResponse.includes(host) ? "NO_RESPONSE" : "NOTHING";
      } catch (err) {
        status = `ERROR ${(err as Error).name}: ${(err as Error).message}`;
      }
      outcomes.push({ i, host, write, ms: Date.now() - startedAt, status, requestId, startedAt });
    }
  };
  const loopStarted = Date.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const loopMs = Date.now() - loopStarted;

  t.equal(outcomes.length, CALLS, "every call finished");
  const byStatus = new Map<string, number>();
  for (const o of outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
  t.comment(`${CALLS} calls in ${loopMs} ms: ${[...byStatus].map(([s, n]) => `${s} ${n}`).join(", ")}`);
  t.same([...byStatus.keys()].filter((s) => s !== "OK" && s !== "NO_RESPONSE"), [], "each call answered OK or named the silent host (no error, no vague outcome)");
  const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
  t.ok(slowest.ms <= LIMIT_MS, `no call ran past its timeout: the slowest took ${slowest.ms} ms (limit ${LIMIT_MS})`);
  const failed = outcomes.filter((o) => o.status !== "OK");
  t.ok(failed.every((o) => orphans.includes(o.host)), `only calls to the dead node's agents failed: ${failed.map((o) => o.host).join(", ")}`);
  t.ok(failed.every((o) => o.startedAt + o.ms >= killedAt), "and only those still running at the kill or started after it");
  const lastFailure = failed.length ? Math.max(...failed.map((o) => o.startedAt + o.ms)) - killedAt : 0;
  t.comment(`${failed.length} calls failed (${[...new Set(failed.map((o) => o.status))].join(", ") || "none"}), the last one ending ${lastFailure} ms after the kill`);

  // Zero duplicate executions: each request id at most once over every ledger; every OK write is there once.
  const lines = agents.flatMap((a) => ledger(a));
  const seen = new Map<string, number>();
  for (const id of lines) seen.set(id, (seen.get(id) ?? 0) + 1);
  t.same([...seen].filter(([, n]) => n > 1), [], `no request ran twice (${lines.length} writes executed)`);
  const okWrites = outcomes.filter((o) => o.write && o.status === "OK");
  t.ok(okWrites.every((o) => seen.get(o.requestId!) === 1), `each of the ${okWrites.length} OK writes ran exactly once`);
  const unanswered = outcomes.filter((o) => o.write && o.status !== "OK" && seen.has(o.requestId!));
  t.comment(`${unanswered.length} writes without an answer ran anyway (their reply was lost), each once`);

  // The dead node's agents come back through a surviving node, and answer.
  const back = await until("the dead node's agents answer again", async () => {
    const { results } = await client!.call("rpcutil", "ping", {}, { targets: orphans, timeoutMs: 1000 }).collect();
    return results.filter((r) => r.ok).length === orphans.length ? Date.now() - killedAt : undefined;
  }, 60_000);
  t.comment(`the dead node's agents answered again ${back} ms after the kill`);
  const moved = await connectionsByNode();
  t.ok(orphans.every((h) => moved.get(`ampm-agent ${h}`) && moved.get(`ampm-agent ${h}`) !== victim.name), "they reconnected to a surviving node");
  // When each of them logged its reconnect (pino's time, ms).
  const reconnectMs = orphans.map((h) => {
    const e = agents.find((a) => a.identity === h)!.entries().find((x) => x.event === "reconnect" && Number(x.time) >= killedAt);
    return e ? Number(e.time) - killedAt : -1;
  });
  t.ok(reconnectMs.every((ms) => ms >= 0), `each logged its reconnect: ${reconnectMs.join(", ")} ms after the kill`);

  // R3: the registry, the instance index and the attributes still answer, and take writes.
  const hostsAt = Date.now();
  const hosts = await ampm("hosts", "--json");
  t.equal(hosts.code, 0, hosts.stderr);
  t.comment(`ampm hosts ${hostsAt - killedAt} ms after the kill took ${Date.now() - hostsAt} ms`);
  t.same((JSON.parse(hosts.stdout).hosts as { identity: string }[]).map((h) => h.identity).sort(), HOSTS, "the registry lists every host");
  const discovered = await ampm("discover", "--discovery-method", "registry", "-A", "ledger", "--discovery-quiet", "150ms", "--json");
  t.same(JSON.parse(discovered.stdout).hosts, HOSTS, "registry discovery with the node down");
  const located = await ampm("query", "--container", "keep.example.com");
  t.equal(located.code, 0, located.stderr);
  t.equal(located.stdout.trim(), "c1.example.com", "the instance index answers");
  const set = await ampm("attr", "set", "c3.example.com", "pool", "while-down");
  t.equal(set.code, 0, `a write while the node is down: ${set.stderr}`);
  const attributesSeq = (await streamsOn(callerNode)).get(`KV_${ATTRIBUTES_BUCKET}`)?.state?.last_seq ?? 0;
  t.ok(attributesSeq > 0);

  // The node comes back: it rejoins the meta group, and its copy catches up with what was written without it.
  const restartedAt = Date.now();
  await cluster.restart(cluster.nodes.indexOf(victim));
  await cluster.waitForMeta({ all: true, timeoutMs: 90_000 });
  const rejoined = Date.now() - restartedAt;
  const caughtUp = await until("the restarted node's copy of the attributes", async () => {
    const mine = (await streamsOn(cluster.nodes.find((n) => n.name === victim.name)!)).get(`KV_${ATTRIBUTES_BUCKET}`);
    return (mine?.state?.last_seq ?? 0) >= attributesSeq ? Date.now() - restartedAt : undefined;
  }, 60_000);
  t.comment(`restarted ${victim.name}: meta peers current after ${rejoined} ms, its attributes copy caught up after ${caughtUp} ms`);
  const fromIt = await runAmpm(["attr", "get", "c3.example.com", "pool", "--server", cluster.nodes.find((n) => n.name === victim.name)!.url]);
  t.equal(fromIt.code, 0, fromIt.stderr);
  t.match(fromIt.stdout, /while-down/, "the write made while it was down is read through it");
  for (const name of [`KV_${HOSTS_BUCKET}`, `KV_${INSTANCES_BUCKET}`, AUDIT_STREAM]) {
    let views: unknown;
    const s = await until(`${name} current on every node`, async () => {
      const all = await Promise.all(cluster.nodes.map(async (n) => [n.name, (await streamsOn(n)).get(name)] as const));
      views = all.map(([n, d]) => ({ n, leader: d?.cluster?.leader, replicas: d?.cluster?.replicas, lastSeq: d?.state?.last_seq }));
      // The stream's leader tells whether its followers are current.
      const leaderView = all.find(([n, d]) => d?.cluster?.leader === n)?.[1];
      return leaderView && leaderView.cluster!.replicas?.length === 2 && leaderView.cluster!.replicas.every((r) => r.current) ? leaderView : undefined;
    }, 60_000).catch((err: Error) => {
      throw new Error(`${err.message}: ${JSON.stringify(views)}`);
    });
    t.ok(s, `${name}: both followers current`);
  }
});
