/**
 * The dispatcher pipeline on an in-memory transport: every refusal path and
 * every kind of action failure gets exactly one reply (or, for a broadcast
 * that does not match, silence).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import t from "tap";
import type { ActionDef, AgentDef, HostServices } from "../../agents/src/action.js";
import { rpcutilAgent } from "../../agents/src/agents/rpcutil/index.js";
import { Dispatcher } from "../../agents/src/dispatcher.js";
import {
  ampm,
  broadcastSubject,
  createRequest,
  decodeBody,
  decodeReply,
  encodeMessage,
  encodeRequest,
  nodeSubject,
  Status,
  StatusError,
  typeName,
  type Reply,
  type RequestInit,
} from "../../proto/wire/index.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

const json = { json: true as const };

function testAgent(): AgentDef {
  const actions: Record<string, ActionDef> = {
    ok: { description: "", input: json, output: json, run: async (input) => ({ got: input }) },
    hang: { description: "", input: json, output: json, timeoutMs: 60_000, run: () => new Promise(() => undefined) },
    refuse: {
      description: "",
      input: json,
      output: json,
      run: async () => {
        throw new StatusError(Status.ABORTED, "not today");
      },
    },
    crash: {
      description: "",
      input: json,
      output: json,
      run: async () => {
        throw new Error("boom");
      },
    },
    huge: { description: "", input: json, output: json, run: async () => ({ blob: "x".repeat(2 * 1024 * 1024) }) },
    slow: {
      description: "",
      input: json,
      output: json,
      run: async (_input, ctx) => {
        await sleep(200, undefined, { signal: ctx.signal });
        return { done: true };
      },
    },
  };
  return { name: "test", description: "", version: "1", kind: "builtin", actions };
}

function setup(options: { maxConcurrent?: number; now?: () => number } = {}) {
  const broker = new MemoryBroker();
  const transport = broker.connect();
  const agents = new Map<string, AgentDef>([
    ["rpcutil", rpcutilAgent("1.0.0")],
    ["test", testAgent()],
  ]);
  const host: HostServices = {
    identity: "h1.example.com",
    version: "1.0.0",
    startedAtMs: Date.now(),
    facts: () => ({ rack: "r1", cpus: 4 }),
    tags: () => ["dmz"],
    inventory: () => [],
    plugins: () => ({ plugins: [], problems: [] }),
    reload: async () => [],
    stats: () => dispatcher.stats,
    security: () => ({ mode: "dev", auditRecords: 0, auditBacklogBytes: 0 }),
    disk: () => ({ writable: true, problem: "", sinceMs: 0 }),
  };
  const dispatcher = new Dispatcher(transport, {
    identity: "h1.example.com",
    log: pino({ level: "silent" }),
    host,
    agents: () => agents,
    maxConcurrent: options.maxConcurrent ?? 10,
    maxTtlMs: 3_600_000,
    clockSkewMs: 1000,
    now: options.now,
  });
  dispatcher.sync();
  const caller = broker.connect();
  const replies: Reply[] = [];
  caller.subscribe("ampm.v1.reply.test.>", (msg) => replies.push(decodeReply(msg.data)));
  const send = (init: Partial<RequestInit> & { agent: string; action: string }, subject = nodeSubject("h1.example.com"), bytes?: Uint8Array) => {
    const request = createRequest({ caller: "test", ttlMs: 60_000, timeoutMs: 1000, bodyType: "application/json", body: Buffer.from("{}"), ...init });
    caller.publish(subject, bytes ?? encodeRequest(request), "ampm.v1.reply.test.1");
    return request;
  };
  return { broker, dispatcher, replies, send, caller };
}

async function until(predicate: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await sleep(5);
  }
}

t.test("a built-in action answers with its protobuf body", async (t) => {
  const { send, replies } = setup();
  send({ agent: "rpcutil", action: "ping", body: new Uint8Array(0), bodyType: typeName(ampm.v1.PingRequest) });
  await until(() => replies.length === 1);
  t.equal(replies[0]!.statuscode, Status.OK);
  t.equal(replies[0]!.sender, "h1.example.com");
  t.equal(replies[0]!.bodyType, "ampm.v1.PingReply");
  const body = decodeBody(replies[0]!.body, replies[0]!.bodyType) as { timeMs: number };
  t.ok(Math.abs(body.timeMs - Date.now()) < 5000);
});

t.test("broadcast: matching hosts answer, others stay silent", async (t) => {
  const { send, replies, dispatcher } = setup();
  send({ agent: "rpcutil", action: "ping", body: new Uint8Array(0), bodyType: "", filter: { tags: ["dmz"], facts: [{ fact: "cpus", op: ">=", value: "4" }] } }, broadcastSubject("rpcutil"));
  send({ agent: "rpcutil", action: "ping", body: new Uint8Array(0), bodyType: "", filter: { where: "rack = r2" } }, broadcastSubject("rpcutil"));
  await until(() => replies.length === 1);
  await sleep(50);
  t.equal(replies.length, 1, "only the matching request was answered");
  t.equal(dispatcher.stats.filtered, 1);
});

t.test("direct requests always get a reply", async (t) => {
  const cases: [string, Partial<RequestInit> & { agent: string; action: string }, number, RegExp][] = [
    ["filter does not match", { agent: "test", action: "ok", filter: { where: "rack = r2" } }, Status.ABORTED, /does not match/],
    ["filter does not parse", { agent: "test", action: "ok", filter: { where: "rack >" } }, Status.INVALID_DATA, /invalid filter/],
    ["unknown agent", { agent: "nope", action: "x" }, Status.UNKNOWN_ACTION, /unknown agent "nope"/],
    ["unknown action", { agent: "test", action: "nope" }, Status.UNKNOWN_ACTION, /has no action "nope" \(it has: crash, hang, huge, ok, refuse, slow\)/],
    ["prototype names are not actions", { agent: "test", action: "constructor" }, Status.UNKNOWN_ACTION, /has no action/],
    ["body is not JSON", { agent: "test", action: "ok", body: Buffer.from("{nope") }, Status.INVALID_DATA, /not valid JSON/],
    ["wrong body type", { agent: "rpcutil", action: "ping", bodyType: "ampm.v1.FactsRequest" }, Status.INVALID_DATA, /body_type must be ampm.v1.PingRequest/],
    ["protobuf body garbage", { agent: "rpcutil", action: "echo", bodyType: "ampm.v1.EchoRequest", body: Buffer.from([0x0a, 0xff]) }, Status.INVALID_DATA, /not a valid ampm.v1.EchoRequest/],
    ["action refuses", { agent: "test", action: "refuse" }, Status.ABORTED, /not today/],
    ["action crashes", { agent: "test", action: "crash" }, Status.UNKNOWN_ERROR, /Error: boom/],
    ["reply too large", { agent: "test", action: "huge" }, Status.UNKNOWN_ERROR, /exceeds the broker's max_payload/],
    ["action ignores its deadline", { agent: "test", action: "hang", timeoutMs: 100 }, Status.TIMEOUT, /did not finish within 100 ms/],
    ["action stopped at its deadline", { agent: "test", action: "slow", timeoutMs: 50 }, Status.TIMEOUT, /within 50 ms/],
    ["ttl of zero", { agent: "test", action: "ok", ttlMs: 0 }, Status.EXPIRED, /ttl_ms must be between/],
    ["expired", { agent: "test", action: "ok", createdAtMs: Date.now() - 120_000 }, Status.EXPIRED, /expired \d+ ms ago/],
    ["from the future", { agent: "test", action: "ok", createdAtMs: Date.now() + 120_000 }, Status.EXPIRED, /in the future/],
  ];
  for (const [name, init, status, message] of cases) {
    const { send, replies } = setup();
    const request = send(init);
    await until(() => replies.length === 1);
    await sleep(20);
    t.equal(replies.length, 1, `${name}: exactly one reply`);
    t.equal(replies[0]!.requestId, request.id, `${name}: answers the request`);
    t.equal(replies[0]!.statuscode, status, `${name}: status`);
    t.match(replies[0]!.statusmsg, message, `${name}: message`);
  }
});

t.test("a request id seen twice runs once", async (t) => {
  const { send, replies, dispatcher, caller } = setup();
  const request = send({ agent: "test", action: "ok" });
  await until(() => replies.length === 1);
  caller.publish(nodeSubject("h1.example.com"), encodeRequest(request), "ampm.v1.reply.test.1");
  await until(() => replies.length === 2);
  t.equal(replies[0]!.statuscode, Status.OK);
  t.equal(replies[1]!.statuscode, Status.EXPIRED);
  t.match(replies[1]!.statusmsg, /seen before/);
  t.equal(dispatcher.stats.actions["test.ok"], 1, "the action ran once");
  t.equal(dispatcher.stats.duplicates, 1);
});

t.test("malformed bytes are dropped and the agent keeps answering", async (t) => {
  const { send, replies, dispatcher, caller } = setup();
  caller.publish(nodeSubject("h1.example.com"), Buffer.from("garbage"), "ampm.v1.reply.test.1");
  caller.publish(broadcastSubject("rpcutil"), new Uint8Array([0x0a, 0x05, 0x61]), "ampm.v1.reply.test.1");
  caller.publish(nodeSubject("h1.example.com"), encodeRequest(createRequest({ agent: "test", action: "ok", caller: "x", ttlMs: 1000, timeoutMs: 100 })));
  send({ agent: "test", action: "ok" });
  await until(() => replies.length === 1);
  t.equal(replies[0]!.statuscode, Status.OK);
  t.equal(dispatcher.stats.malformed, 3, "two undecodable, one without a reply subject");
});

t.test("past the concurrency limit a host replies BUSY", async (t) => {
  const { send, replies } = setup({ maxConcurrent: 2 });
  send({ agent: "test", action: "slow", timeoutMs: 5000 });
  send({ agent: "test", action: "slow", timeoutMs: 5000 });
  send({ agent: "test", action: "slow", timeoutMs: 5000 });
  await until(() => replies.length === 3);
  t.same(replies.map((r) => r.statuscode).sort(), [Status.OK, Status.OK, Status.BUSY].sort());
});

t.test("stop waits for running actions and their replies", async (t) => {
  const { send, replies, dispatcher } = setup();
  send({ agent: "test", action: "slow", timeoutMs: 5000 });
  await until(() => dispatcher.inflight === 1);
  await dispatcher.stop(5000);
  t.equal(replies.length, 1);
  t.equal(replies[0]!.statuscode, Status.OK);
});

t.test("stop aborts actions that outlast the grace period, and they still reply", async (t) => {
  const { send, replies, dispatcher } = setup();
  send({ agent: "test", action: "slow", timeoutMs: 5000 });
  await until(() => dispatcher.inflight === 1);
  await dispatcher.stop(20);
  await until(() => replies.length === 1);
  t.not(replies[0]!.statuscode, Status.OK);
  t.match(replies[0]!.statusmsg, /shutting down/);
});

t.test("rpcutil actions", async (t) => {
  const { send, replies } = setup();
  send({ agent: "rpcutil", action: "facts", bodyType: "ampm.v1.FactsRequest", body: encodeMessage(ampm.v1.FactsRequest, { keys: ["rack", "nope"] }) });
  send({ agent: "rpcutil", action: "echo", bodyType: "ampm.v1.EchoRequest", body: encodeMessage(ampm.v1.EchoRequest, { message: "hello", delayMs: 10 }) });
  send({ agent: "rpcutil", action: "daemon_stats", bodyType: "", body: new Uint8Array(0) });
  await until(() => replies.length === 3);
  const byType = new Map(replies.map((r) => [r.bodyType, decodeBody(r.body, r.bodyType)]));
  t.same(byType.get("ampm.v1.FactsReply"), { facts: { rack: "r1" }, tags: ["dmz"] });
  t.same(byType.get("ampm.v1.EchoReply"), { message: "hello" });
  t.match(byType.get("ampm.v1.DaemonStatsReply"), { received: 3, actions: { "rpcutil.facts": 1, "rpcutil.echo": 1, "rpcutil.daemon_stats": 1 } });
});
