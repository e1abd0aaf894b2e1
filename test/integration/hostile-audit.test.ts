/**
 * The audit trail under abuse and outages, on a real broker and real
 * agents: a sender cannot blow records up, a flood of garbage does not
 * flood the log, and the stream ends up with every record the files hold,
 * also when the stream was removed, the broker was killed and an agent
 * was killed while records were waiting.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect as natsConnect } from "@nats-io/transport-node";
import t from "tap";
import { connect, readAudit } from "../../client/src/index.js";
import { broadcastSubject, createRequest, encodeRequest, nodeSubject } from "../../proto/wire/index.js";
import { parseAuditLine } from "../../proto/domain/index.js";
import { spawnAgent, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";

const HOSTS = ["audit1.example.com", "audit2.example.com"];
const broker = await startBroker();
const fleet = await startFleet(broker.url, HOSTS.map((identity) => ({ identity })));
let client = await connect({ servers: [broker.url], caller: "auditor", discoveryQuietMs: 150 });
t.teardown(async () => {
  await client.close();
  await fleet.stop();
  await broker.stop();
});

const auditFile = (identity: string) => join(fleet.get(identity).dir, "state", "audit.jsonl");
const fileRecords = (identity: string) => readFileSync(auditFile(identity), "utf8").split("\n").map(parseAuditLine).filter((r) => r !== undefined);

async function until(predicate: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(200);
  }
}

t.test("a sender cannot make a record large: oversized callers are dropped, every field is capped", async (t) => {
  const before = statSync(auditFile(HOSTS[0]!)).size;
  const inbox = client.transport.newInbox("ampm.v1.reply.auditor");
  for (let i = 0; i < 20; i++) {
    const huge = createRequest({ agent: "rpcutil", action: "ping", caller: `m${"a".repeat(1000 * 1000)}`, ttlMs: 60_000, timeoutMs: 1000 });
    client.transport.publish(broadcastSubject("rpcutil"), encodeRequest(huge), inbox);
  }
  // Within limits, but as long as each field may be, and refused (an unknown action).
  const long = createRequest({ agent: "rpcutil", action: `x${"y".repeat(63)}`, caller: "c".repeat(300), ttlMs: 60_000, timeoutMs: 1000 });
  client.transport.publish(nodeSubject(HOSTS[0]!), encodeRequest(long), inbox);
  await client.transport.flush();
  await sleep(500);
  const grown = statSync(auditFile(HOSTS[0]!)).size - before;
  t.ok(grown < 4096, `the audit file grew by ${grown} bytes, not megabytes`);
  const longest = Math.max(...readFileSync(auditFile(HOSTS[0]!), "utf8").split("\n").map((l) => l.length));
  t.ok(longest < 4096, `the longest record is ${longest} bytes`);
  const stats = await client.call("rpcutil", "daemon_stats", {}, { targets: [HOSTS[0]!] }).collect();
  t.ok((stats.results[0]!.data as { malformed: number }).malformed >= 20, "the oversized ones were dropped as malformed");
});

t.test("20,000 malformed messages: counted, and logged a few times, not 20,000", async (t) => {
  const agent = fleet.get(HOSTS[1]!);
  const linesBefore = agent.log().split("\n").length;
  for (let i = 0; i < 20_000; i++) {
    client.transport.publish(nodeSubject(HOSTS[1]!), randomBytes(20 + (i % 200)), "ampm.v1.reply.auditor.junk");
    if (i % 2000 === 1999) await client.transport.flush();
  }
  await client.transport.flush();
  const stats = await client.call("rpcutil", "daemon_stats", {}, { targets: [HOSTS[1]!] }).collect();
  t.ok((stats.results[0]!.data as { malformed: number }).malformed >= 20_000, "every one counted");
  const newLines = agent.log().split("\n").slice(linesBefore - 1);
  const warned = newLines.filter((l) => l.includes("dropped a malformed message")).length;
  t.ok(warned <= 5, `${warned} log lines about them`);
  t.match(agent.log(), /dropped a malformed message/, "but they are logged");
  t.ok(newLines.length < 50, `${newLines.length} log lines in all`);
});

t.test("the stream ends up with every record of the files: stream removed, broker killed, an agent killed meanwhile", async (t) => {
  // Nothing can be stored: the stream is gone.
  const nc = await natsConnect({ servers: broker.url });
  await jetstreamManager(nc).then((jsm) => jsm.streams.delete("AMPM_AUDIT"));
  await nc.close();
  const since = Date.now();
  for (let i = 0; i < 30; i++) await client.call("rpcutil", "ping", {}, { targets: HOSTS }).collect();
  // The broker dies with records waiting; so does one agent.
  await broker.kill("SIGKILL");
  const victim = fleet.get(HOSTS[1]!);
  await victim.stop("SIGKILL");
  await broker.restart();
  fleet.agents[1] = await spawnAgent(victim.spec, victim.dir, victim.configFile);
  await client.close().catch(() => undefined);
  client = await connect({ servers: [broker.url], caller: "auditor", discoveryQuietMs: 150 });
  for (let i = 0; i < 10; i++) await client.call("rpcutil", "ping", {}, { targets: HOSTS }).collect();

  const expected = new Map(HOSTS.map((h) => [h, new Set(fileRecords(h).filter((r) => Date.parse(r.time) >= since).map((r) => r.request_id))]));
  for (const [host, ids] of expected) t.ok(ids.size >= 30, `${host}: ${ids.size} records in its file since the stream was removed`);
  let stored: Map<string, string[]> = new Map();
  await until(
    async () => {
      stored = new Map(HOSTS.map((h) => [h, []]));
      try {
        for await (const r of readAudit(client, { sinceMs: since - 1000 })) stored.get(r.host)?.push(r.requestId);
      } catch {
        return false; // the stream is not there again yet
      }
      return HOSTS.every((h) => [...expected.get(h)!].every((id) => stored.get(h)!.includes(id)));
    },
    60_000,
    "every record of the files in the stream",
  );
  for (const host of HOSTS) {
    const ids = stored.get(host)!;
    t.equal(new Set(ids).size, ids.length, `${host}: no record stored twice`);
    t.ok([...expected.get(host)!].every((id) => ids.includes(id)), `${host}: the stream holds all ${expected.get(host)!.size} records of the file`);
  }
});
