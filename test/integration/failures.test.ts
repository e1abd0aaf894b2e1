/**
 * What goes wrong on a real broker with real agent processes: a dead host,
 * a slow action, garbage on the subjects, a replayed request, a shutdown.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { connect } from "../../client/src/index.js";
import { ampm as pb, createRequest, decodeReply, encodeMessage, encodeRequest, nodeSubject, typeName, type Reply } from "../../proto/wire/index.js";
import { startAgent, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { ALL, host, SEED_FLEET } from "../helpers/seed-fleet.js";

const broker = await startBroker();
const fleet = await startFleet(broker.url, SEED_FLEET);
const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
t.teardown(async () => {
  await client.close();
  await fleet.stop();
  await broker.stop();
});

const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url, "--discovery-quiet", "150ms"]);

t.test("a slow action yields a TIMEOUT reply from every host, not silence", async (t) => {
  const started = Date.now();
  const result = await ampm("rpc", "rpcutil", "echo", "delay_ms=20000", "--timeout", "1s", "--json");
  t.equal(result.code, 1, "exit 1: some failed");
  const doc = JSON.parse(result.stdout);
  t.equal(doc.results.length, 5);
  t.ok(doc.results.every((r: { status: string; statusmsg: string }) => r.status === "TIMEOUT" && /within 1000 ms/.test(r.statusmsg)));
  t.same(doc.summary.noResponse, []);
  t.ok(Date.now() - started < 5000, "answered within the timeout, not after the action");
});

t.test("random bytes on agent subjects: every agent keeps answering", async (t) => {
  const raw = client.transport;
  const subjects = ["ampm.v1.broadcast.rpcutil", ...ALL.map(nodeSubject)];
  for (let i = 0; i < 400; i++) {
    const subject = subjects[i % subjects.length]!;
    raw.publish(subject, randomBytes(1 + (i % 512)), i % 2 ? "ampm.v1.reply.tester.junk" : undefined);
  }
  raw.publish("ampm.v1.broadcast.rpcutil", new Uint8Array(0), "ampm.v1.reply.tester.junk");
  await raw.flush();
  const { summary } = await client.call("rpcutil", "daemon_stats", {}, { targets: ALL }).collect();
  t.equal(summary.ok, 5, "all five answer");
  const stats = await client.call("rpcutil", "daemon_stats", {}, { targets: [host(2)] }).collect();
  t.ok((stats.results[0]!.data as { malformed: number }).malformed >= 80, "host 2 counted the garbage it dropped");
  for (const agent of fleet.agents) t.equal(agent.process.exitCode, null, `${agent.identity} is still running`);
  t.match(fleet.get(host(2)).log(), /dropped a malformed message/);
});

t.test("a request id seen twice runs once", async (t) => {
  const request = createRequest({
    agent: "rpcutil",
    action: "echo",
    caller: "tester",
    ttlMs: 60_000,
    timeoutMs: 5000,
    body: encodeMessage(pb.v1.EchoRequest, { message: "once" }),
    bodyType: typeName(pb.v1.EchoRequest),
  });
  const before = await client.call("rpcutil", "daemon_stats", {}, { targets: [host(4)] }).collect();
  const ranBefore = (before.results[0]!.data as { actions: Record<string, number> }).actions["rpcutil.echo"] ?? 0;
  const replies: Reply[] = [];
  const inbox = "ampm.v1.reply.tester.dup";
  const sub = client.transport.subscribe(inbox, (msg) => replies.push(decodeReply(msg.data)));
  const bytes = encodeRequest(request);
  client.transport.publish(nodeSubject(host(4)), bytes, inbox);
  client.transport.publish(nodeSubject(host(4)), bytes, inbox);
  for (let i = 0; i < 100 && replies.length < 2; i++) await sleep(20);
  sub.unsubscribe();
  t.equal(replies.length, 2, "two replies");
  t.same(replies.map((r) => r.statuscode).sort(), [0, 7], "one OK, one EXPIRED");
  t.match(replies.find((r) => r.statuscode === 7)?.statusmsg, /seen before: not run twice/);
  const after = await client.call("rpcutil", "daemon_stats", {}, { targets: [host(4)] }).collect();
  t.equal((after.results[0]!.data as { actions: Record<string, number> }).actions["rpcutil.echo"], ranBefore + 1, "the action ran once");
});

t.test("SIGTERM drains: a running action finishes and replies, then the agent exits 0", async (t) => {
  const agent = await startAgent(broker.url, { identity: "draining.example.com" });
  const run = client.call("rpcutil", "echo", { message: "done", delay_ms: 800 }, { targets: ["draining.example.com"], timeoutMs: 5000 });
  await sleep(200);
  const exit = agent.stop("SIGTERM");
  const { results } = await run.collect();
  t.equal(results[0]?.status, "OK");
  t.same(results[0]?.data, { message: "done" });
  t.equal(await exit, 0);
  t.match(agent.log(), /"msg":"draining"/);
});

t.test("a killed agent shows in 'no response from', exit code 4", async (t) => {
  const victim = fleet.get(host(5));
  await victim.stop("SIGKILL");
  const nodes = join(fleet.root, "nodes.txt");
  writeFileSync(nodes, `# the inventory\n${ALL.join("\n")}\n`);
  const result = await ampm("rpc", "rpcutil", "ping", "--nodes", nodes, "--timeout", "1s");
  t.equal(result.code, 4);
  t.match(result.stdout, /Finished rpcutil\.ping on 5 hosts: 4 ok, 1 no response/);
  t.match(result.stdout, /No response from:\n\s+container5\.example\.com/);
  const fromStdin = await runAmpm(["rpc", "rpcutil", "ping", "--nodes", "-", "--timeout", "1s", "--json", "--server", broker.url], { input: `${host(1)}\n${host(5)}\n` });
  t.equal(fromStdin.code, 4);
  t.same(JSON.parse(fromStdin.stdout).summary.noResponse, [host(5)]);
  const broadcast = await ampm("ping", "--discovery-method", "broadcast");
  t.equal(broadcast.code, 0, "broadcast discovery simply does not find it");
  t.notMatch(broadcast.stdout, /container5/);
  const registry = await ampm("ping", "--timeout", "1s", "--json");
  t.equal(registry.code, 4, "registry discovery (the default) knows it should have answered");
  t.same(JSON.parse(registry.stdout).summary.noResponse, [host(5)]);
});

t.test("an agent with a bad config refuses to start and names the field", async (t) => {
  const bad = join(fleet.root, "bad.yaml");
  writeFileSync(bad, "identity: x.example.com\nservers: [nats://127.0.0.1:1]\nmax_concurrent: lots\n");
  await t.rejects(startAgent(broker.url, { identity: "bad.example.com", args: ["--config", bad] }), /max_concurrent: must be integer/);
});
