/**
 * Signatures, trusted callers, policy and audit on the dispatcher, over an
 * in-memory transport: every refusal path, and exactly one audit record for
 * every request a host answers.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import t, { type Test } from "tap";
import type { AgentDef, HostServices } from "../../agents/src/action.js";
import { rpcutilAgent } from "../../agents/src/agents/rpcutil/index.js";
import { Dispatcher } from "../../agents/src/dispatcher.js";
import { affected, Guard, Policy, SECURITY_DEFAULTS, TrustStore, type SecuritySettings } from "../../agents/src/security/index.js";
import {
  broadcastSubject,
  ConfigError,
  createRequest,
  decodeReply,
  encodeRequest,
  encodeSignedRequest,
  nodeSubject,
  SigningKey,
  Status,
  type Reply,
  type RequestInit,
} from "../../proto/wire/index.js";
import { parseAuditLine, type AuditRecord } from "../../proto/domain/index.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

const json = { json: true as const };
const IDENTITY = "hv1.example.com";

function vmAgent(): AgentDef {
  return {
    name: "hypervisor",
    description: "",
    version: "1",
    kind: "builtin",
    actions: {
      status: { description: "", input: json, output: json, run: async () => ({ ok: true }) },
      migrate: { description: "", input: json, output: json, run: async () => ({ job: { id: "j-42" } }) },
      destroy: { description: "", input: json, output: json, run: async () => ({}) },
    },
  };
}

const alice = SigningKey.generate();
const viewer = SigningKey.generate();
const stranger = SigningKey.generate();

function setup(t: Test, settings: Partial<SecuritySettings> = {}, options: { facts?: Record<string, unknown>; startedAtMs?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "ampm-security-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const broker = new MemoryBroker();
  const transport = broker.connect();
  const guard = new Guard({
    identity: IDENTITY,
    settings: {
      ...SECURITY_DEFAULTS,
      callers: [
        { name: "alice", key: alice.publicKey, roles: ["operator"] },
        { name: "viewer", key: viewer.publicKey, roles: ["readonly"] },
      ],
      audit_stream: false,
      ...settings,
    },
    stateDir: dir,
    transport,
    log: pino({ level: "silent" }),
  });
  t.teardown(() => guard.close());
  const agents = new Map<string, AgentDef>([
    ["rpcutil", rpcutilAgent("1.0.0")],
    ["hypervisor", vmAgent()],
  ]);
  const host = { identity: IDENTITY, facts: () => options.facts ?? { rack: "r1" }, tags: () => ["production"] } as unknown as HostServices;
  const dispatcher = new Dispatcher(transport, {
    identity: IDENTITY,
    log: pino({ level: "silent" }),
    host,
    agents: () => agents,
    maxConcurrent: 10,
    maxTtlMs: 3_600_000,
    clockSkewMs: 1000,
    guard,
    notBeforeMs: (options.startedAtMs ?? Date.now() - 300_000) - 1000,
  });
  dispatcher.sync();
  const caller = broker.connect();
  const replies: Reply[] = [];
  caller.subscribe("ampm.v1.reply.test.>", (msg) => replies.push(decodeReply(msg.data)));
  const build = (init: Partial<RequestInit> & { agent: string; action: string }) =>
    createRequest({ caller: "alice", ttlMs: 60_000, timeoutMs: 1000, bodyType: "application/json", body: Buffer.from('{"hostname":"web1"}'), ...init });
  const publish = (bytes: Uint8Array, subject = nodeSubject(IDENTITY)) => caller.publish(subject, bytes, "ampm.v1.reply.test.1");
  const records = (): AuditRecord[] =>
    readFileSync(guard.audit.file!, "utf8")
      .split("\n")
      .map(parseAuditLine)
      .filter((r): r is AuditRecord => r !== undefined);
  return { dir, guard, dispatcher, replies, build, publish, records, broker };
}

async function until(predicate: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await sleep(5);
  }
}

t.test("a signed request of a trusted caller runs, and is audited", async (t) => {
  const { build, publish, replies, records } = setup(t);
  const request = build({ agent: "hypervisor", action: "migrate" });
  publish(encodeSignedRequest(request, alice));
  await until(() => replies.length === 1);
  t.equal(replies[0]!.statuscode, Status.OK, replies[0]!.statusmsg);
  const [record] = records();
  t.match(record, {
    host: IDENTITY,
    request_id: request.id,
    caller: "alice",
    caller_key: alice.publicKey,
    authenticated: true,
    agent: "hypervisor",
    action: "migrate",
    status: "OK",
    instances: ["web1"],
    job: "j-42",
    policy: "role operator",
  });
  t.equal(record!.args_sha256, createHash("sha256").update('{"hostname":"web1"}').digest("hex"), "a digest of the arguments");
  t.ok(Date.parse(record!.time) > 0);
});

t.test("every refusal path: one reply with a clear status, one audit record", async (t) => {
  const { build, publish, replies, records, dispatcher } = setup(t);
  const cases: { name: string; bytes: () => Uint8Array; status: number; message: RegExp }[] = [
    { name: "unsigned", bytes: () => encodeRequest(build({ agent: "hypervisor", action: "status" })), status: Status.UNAUTHORIZED, message: /unsigned request from "alice": hv1.example.com runs only signed requests/ },
    {
      name: "bad signature",
      bytes: () => {
        const b = encodeSignedRequest(build({ agent: "hypervisor", action: "status" }), alice);
        b[b.length - 1] ^= 0xff;
        return b;
      },
      status: Status.UNAUTHORIZED,
      message: /bad signature from "alice"/,
    },
    {
      name: "altered body",
      bytes: () => {
        const request = build({ agent: "hypervisor", action: "destroy" });
        const signed = encodeSignedRequest(request, alice);
        // The same request with another instance, keeping the signature.
        const tampered = Buffer.from(signed);
        const at = tampered.indexOf(Buffer.from("web1"));
        tampered.write("web9", at);
        return tampered;
      },
      status: Status.UNAUTHORIZED,
      message: /bad signature from "alice": the request was altered/,
    },
    {
      name: "someone else's public key on my signature",
      bytes: () => {
        const request = build({ agent: "hypervisor", action: "status" });
        const signed = encodeSignedRequest(request, stranger);
        return Buffer.from(Buffer.from(signed).toString("latin1").replace(stranger.publicKey, alice.publicKey), "latin1");
      },
      status: Status.UNAUTHORIZED,
      message: /bad signature/,
    },
    { name: "unknown caller", bytes: () => encodeSignedRequest(build({ agent: "hypervisor", action: "status", caller: "mallory" }), stranger), status: Status.UNAUTHORIZED, message: /caller "mallory" \(key U[A-Z2-7]+\) is not trusted on hv1.example.com/ },
    { name: "claims another name", bytes: () => encodeSignedRequest(build({ agent: "hypervisor", action: "status", caller: "alice" }), viewer), status: Status.UNAUTHORIZED, message: /names caller "alice" but key U[A-Z2-7]+\.\.\. belongs to "viewer"/ },
    { name: "expired", bytes: () => encodeSignedRequest(build({ agent: "hypervisor", action: "status", createdAtMs: Date.now() - 120_000, ttlMs: 60_000 }), alice), status: Status.EXPIRED, message: /expired \d+ ms ago/ },
    { name: "from before the agent started", bytes: () => encodeSignedRequest(build({ agent: "hypervisor", action: "status", createdAtMs: Date.now() - 600_000, ttlMs: 3_600_000 }), alice), status: Status.EXPIRED, message: /before hv1.example.com's agent started/ },
    { name: "policy: a read-only caller migrating", bytes: () => encodeSignedRequest(build({ agent: "hypervisor", action: "migrate", caller: "viewer" }), viewer), status: Status.UNAUTHORIZED, message: /viewer may not run hypervisor.migrate on hv1.example.com \(policy default\): no rule or role of "viewer" allows it/ },
  ];
  for (const [i, c] of cases.entries()) {
    publish(c.bytes());
    await until(() => replies.length === i + 1);
    t.equal(replies[i]!.statuscode, c.status, `${c.name}: status`);
    t.match(replies[i]!.statusmsg, c.message, `${c.name}: message`);
  }
  // A replay: the same signed bytes twice.
  const once = encodeSignedRequest(build({ agent: "hypervisor", action: "status" }), alice);
  publish(once);
  publish(once);
  await until(() => replies.length === cases.length + 2);
  // The copy is refused at once; the first one's reply comes when its action has run.
  const [copy, first] = replies.slice(cases.length);
  t.equal(first!.statuscode, Status.OK);
  t.equal(copy!.statuscode, Status.EXPIRED);
  t.match(copy!.statusmsg, /was seen before: not run twice/);

  const audit = records();
  t.equal(audit.length, replies.length, "exactly one record per reply");
  t.same(audit.map((r) => r.request_id), replies.map((r) => r.requestId), "in order, for the same requests");
  t.same(audit.map((r) => r.status), replies.map((r) => ["OK", "ABORTED", "UNKNOWN_ACTION", "MISSING_DATA", "INVALID_DATA", "UNKNOWN_ERROR", "UNAUTHORIZED", "EXPIRED"][r.statuscode]));
  t.equal(audit[0]!.authenticated, false, "unsigned: not authenticated");
  t.equal(audit[0]!.caller_key, "");
  t.same(audit[1]!.instances, ["web1"], "a refused request still names the instance it was for");
  t.equal(audit[8]!.policy, "default", "the policy decision is recorded");
  t.equal(dispatcher.stats.unauthorized, 7);
});

t.test("an unsigned broadcast is refused even where its filter would not match; a trusted one is filtered silently", async (t) => {
  const { build, publish, replies, records } = setup(t);
  publish(encodeRequest(build({ agent: "rpcutil", action: "ping", filter: { where: "rack = r9" } })), broadcastSubject("rpcutil"));
  await until(() => replies.length === 1);
  t.equal(replies[0]!.statuscode, Status.UNAUTHORIZED);
  publish(encodeSignedRequest(build({ agent: "rpcutil", action: "ping", filter: { where: "rack = r9" } }), alice), broadcastSubject("rpcutil"));
  await sleep(50);
  t.equal(replies.length, 1, "not for this host: no reply");
  t.equal(records().length, 1, "and no record");
});

t.test("dev mode: unsigned requests run as their caller claims; bad signatures are still refused", async (t) => {
  const { build, publish, replies, records } = setup(t, { mode: "dev" });
  publish(encodeRequest(build({ agent: "hypervisor", action: "migrate", caller: "bob" })));
  await until(() => replies.length === 1);
  t.equal(replies[0]!.statuscode, Status.OK);
  const bad = encodeSignedRequest(build({ agent: "hypervisor", action: "migrate" }), alice);
  bad[bad.length - 2] ^= 1;
  publish(bad);
  await until(() => replies.length === 2);
  t.equal(replies[1]!.statuscode, Status.UNAUTHORIZED);
  publish(encodeSignedRequest(build({ agent: "hypervisor", action: "migrate", caller: "mallory" }), stranger));
  await until(() => replies.length === 3);
  t.equal(replies[2]!.statuscode, Status.OK, "dev: an unknown key runs, unverified");
  const audit = records();
  t.match(audit[0], { caller: "bob", authenticated: false, caller_key: "", policy: "default" });
  t.match(audit[2], { caller: "mallory", authenticated: false, caller_key: stranger.publicKey });
});

t.test("policy file: first match wins, roles, fact matches, default; reloaded without a restart", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-policy-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "policy.yaml");
  writeFileSync(
    file,
    `
default: deny
rules:
  - effect: deny
    actions: [hypervisor.destroy]
    when: tags has production
    reason: production instances go through change control
  - effect: allow
    callers: [viewer]
    actions: [hypervisor.migrate]
`,
  );
  const { build, publish, replies, guard } = setup(t, { policy_file: file });
  const ask = async (action: string, key: SigningKey, caller: string) => {
    const n = replies.length;
    publish(encodeSignedRequest(build({ agent: "hypervisor", action, caller }), key));
    await until(() => replies.length === n + 1);
    return replies[n]!;
  };
  const destroy = await ask("destroy", alice, "alice");
  t.equal(destroy.statuscode, Status.UNAUTHORIZED, "rule 1 comes before alice's operator role");
  t.match(destroy.statusmsg, /\(policy rule 1\): production instances go through change control/);
  t.equal((await ask("migrate", viewer, "viewer")).statuscode, Status.OK, "rule 2 lets viewer migrate");
  t.equal((await ask("status", viewer, "viewer")).statuscode, Status.OK, "the readonly role still applies");
  t.equal((await ask("destroy", viewer, "viewer")).statuscode, Status.UNAUTHORIZED);

  writeFileSync(file, "default: deny\nrules:\n  - { effect: deny, callers: [alice], actions: ['hypervisor.*'] }\n");
  guard.reload();
  t.equal((await ask("migrate", viewer, "viewer")).statuscode, Status.UNAUTHORIZED, "after reload, rule 2 is gone");
  t.equal((await ask("status", alice, "alice")).statuscode, Status.UNAUTHORIZED, "and alice is denied by name");

  writeFileSync(file, "rules:\n  - { effect: maybe }\n");
  t.throws(() => guard.reload(), /policy file .*policy.yaml: rules\[0\]\.effect: must be one of "allow", "deny"/);
  t.equal((await ask("status", alice, "alice")).statuscode, Status.UNAUTHORIZED, "a broken file leaves the previous policy in force");
});

t.test("trusted callers file: reloaded; a broken one keeps the previous list", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-trust-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "trusted.yaml");
  writeFileSync(file, `callers:\n  - { name: carol, key: ${stranger.publicKey}, roles: [readonly] }\n`);
  const { build, publish, replies, guard } = setup(t, { trusted_file: file, callers: [] });
  publish(encodeSignedRequest(build({ agent: "hypervisor", action: "status", caller: "carol" }), stranger));
  await until(() => replies.length === 1);
  t.equal(replies[0]!.statuscode, Status.OK);
  writeFileSync(file, "callers: [{ name: carol }]\n");
  t.throws(() => guard.reload(), /trusted callers file .*: missing field "callers\[0\]\.key"/);
  publish(encodeSignedRequest(build({ agent: "hypervisor", action: "status", caller: "carol" }), stranger));
  await until(() => replies.length === 2);
  t.equal(replies[1]!.statuscode, Status.OK, "carol is still trusted");
  writeFileSync(file, "callers: []\n");
  t.throws(() => guard.reload(), /lists no callers/);
});

t.test("bad security settings are clear errors", async (t) => {
  const base = { identity: IDENTITY, stateDir: tmpdir(), transport: new MemoryBroker().connect(), log: pino({ level: "silent" }) };
  t.throws(() => new Guard({ ...base, settings: { ...SECURITY_DEFAULTS, callers: [] } }), /no trusted callers, so this host would refuse every request/);
  t.throws(() => TrustStore.load([{ name: "a", key: alice.publicKey, roles: [] }, { name: "b", key: alice.publicKey, roles: [] }]), /is given to both "a" and "b"/);
  t.throws(() => TrustStore.load([{ name: "a", key: alice.publicKey, roles: [] }, { name: "a", key: viewer.publicKey, roles: [] }]), /caller "a" has two keys/);
  t.throws(() => new Policy({ rules: [{ effect: "allow", when: "rack >" }] }, "deny"), { name: ConfigError.name, message: /rules\[0\]\.when/ });
  t.throws(() => TrustStore.load([], "/nonexistent/trusted.yaml"), /cannot read trusted callers file/);
});

t.test("the instances a request names", async (t) => {
  t.same(affected({ hostname: "web1" }), ["web1"]);
  t.same(affected({ instance: { hostname: "web2" } }), ["web2"]);
  t.same(affected({ plan: [{ hostname: "a" }, { hostname: "b" }, { hostname: "" }] }), ["a", "b"]);
  t.same(affected(undefined), []);
  t.same(affected({ hostname: 7 }), []);
});
