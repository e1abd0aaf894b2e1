/**
 * A secure fleet on a real nats-server (TLS, a user per host and caller with
 * subject permissions) and real agents in enforce mode: what the broker
 * refuses, what the agents refuse, and the audit trail of an instance across
 * migrations, read back with `ampm audit`.
 */
import { chmodSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { Client, connect, EXIT, resolveOptions, type AuditEntry } from "../../client/src/index.js";
import { encodeBody } from "../../client/src/actions.js";
import { connectTransport, createRequest, decodeReply, nodeSubject, SigningKey, statusName, type Refusal, type Reply } from "../../proto/wire/index.js";
import { buildFilter, parseAuditLine, type AuditRecord } from "../../proto/domain/index.js";
import { AUDIT_DEFAULTS } from "../../agents/src/security/audit.js";
import { fleetRoot, startAgent, type AgentSpec } from "../helpers/agents.js";
import { EXAMPLE_PROFILES, hypervisorHost } from "../helpers/hypervisor.js";
import { startSecureFleet } from "../helpers/secure.js";

const hosts = ["hv1.example.com", "hv2.example.com", "hv3.example.com"];
const root = fleetRoot();
// hv3 has a policy file (at first: nothing beyond the built-in roles).
const policyFile = join(root, "hv3-policy.yaml");
writeFileSync(policyFile, "rules: []\n");
const withPolicy = (spec: AgentSpec): AgentSpec => ({ ...spec, config: { ...spec.config, security: { policy_file: policyFile } } });
const secure = await startSecureFleet({
  hosts: hosts.map((h, i) => {
    const spec = hypervisorHost(root, h, { tags: ["dmz-interface", "external-interface"] });
    return i === 2 ? withPolicy(spec) : spec;
  }),
  operators: ["alice"],
  viewers: ["viewer"],
});
t.teardown(async () => {
  await secure.stop();
  rmSync(root, { recursive: true, force: true });
});
const { setup, broker } = secure;
const env = { AMPM_PROFILES: EXAMPLE_PROFILES };

/** A raw connection as a user of the setup, collecting what the broker refuses it. */
async function rawAs(keyFile: string, inboxPrefix: string) {
  const key = SigningKey.fromFile(keyFile);
  const transport = await connectTransport({ servers: [broker.url], nkey: key, tls: { ca: setup.ca }, inboxPrefix });
  const refusals: Refusal[] = [];
  transport.onRefused((r) => refusals.push(r));
  return { transport, refusals, key };
}

async function until(predicate: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await sleep(20);
  }
}

/** Every audit record the agents wrote to their files. */
function auditFiles(): AuditRecord[] {
  return secure.fleet.agents.flatMap((a) =>
    readFileSync(join(a.dir, "state", "audit.jsonl"), "utf8")
      .split("\n")
      .map(parseAuditLine)
      .filter((r): r is AuditRecord => r !== undefined),
  );
}

t.test("an operator with a key runs the seed's commands over TLS", async (t) => {
  const status = await secure.ampm("alice", ["status", "all"], env);
  t.equal(status.code, 0, status.stderr);
  for (const h of hosts) t.match(status.stdout, h);
  const create = await secure.ampm("alice", ["create", "--profile", "dmz-webserver-rhel-5", "--hostname", "web1.example.com", "--container", hosts[0]!], env);
  t.equal(create.code, 0, create.stderr);
  t.match(create.stdout, /web1\.example\.com:dmz-webserver-rhel-5 created on hv1\.example\.com/);
});

t.test("the broker: each rule of secure.conf holds", async (t) => {
  t.test("an agent cannot publish a broadcast, nor read another caller's replies", async (t) => {
    const agent = await rawAs(setup.hostKeys[hosts[0]!]!, "ampm.v1.reply.agent_hv1_example_com");
    t.teardown(() => agent.transport.close());
    agent.transport.publish("ampm.v1.broadcast.hypervisor", new Uint8Array([1]));
    agent.transport.subscribe("ampm.v1.reply.alice.>", () => undefined);
    agent.transport.subscribe("ampm.v1.node.hv2.example.com", () => undefined);
    await agent.transport.flush();
    await until(() => agent.refusals.length >= 3);
    t.match(agent.refusals, [
      { operation: "publish", subject: "ampm.v1.broadcast.hypervisor" },
      { operation: "subscription", subject: "ampm.v1.reply.alice.>" },
      { operation: "subscription", subject: "ampm.v1.node.hv2.example.com" },
    ]);
  });

  t.test("a caller cannot read another caller's replies, nor the requests to hosts", async (t) => {
    const viewer = await rawAs(setup.callerKeys.viewer!, "ampm.v1.reply.viewer");
    t.teardown(() => viewer.transport.close());
    viewer.transport.subscribe("ampm.v1.reply.alice.>", () => undefined);
    viewer.transport.subscribe("ampm.v1.broadcast.>", () => undefined);
    viewer.transport.subscribe("ampm.v1.node.>", () => undefined);
    viewer.transport.publish("ampm.v1.reply.alice.x.1", new Uint8Array([1]));
    await viewer.transport.flush();
    await until(() => viewer.refusals.length >= 4);
    t.same(
      viewer.refusals.map((r) => `${r.operation} ${r.subject}`).sort(),
      ["publish ampm.v1.reply.alice.x.1", "subscription ampm.v1.broadcast.>", "subscription ampm.v1.node.>", "subscription ampm.v1.reply.alice.>"],
    );
  });

  t.test("a caller whose name is not its key's cannot read its replies: a clear error", async (t) => {
    const r = await secure.ampm("alice", ["ping", "--caller", "bob"]);
    t.equal(r.code, EXIT.UNAUTHORIZED, r.stderr);
    t.match(r.stderr, /the broker does not let this connection read its replies .*the caller name "bob" must be the name the broker knows this user by/);
  });

  t.test("a key the broker does not know cannot log in; nor can anyone without TLS", async (t) => {
    const dir = join(secure.dir, "stranger");
    SigningKey.generate().writeFile(join(dir, "stranger.nk"), "a key nobody trusts");
    const r = await secure.ampm("alice", ["ping"], { AMPM_KEY: join(dir, "stranger.nk") });
    t.equal(r.code, EXIT.UNAUTHORIZED);
    t.match(r.stderr, /the broker at tls:\/\/127\.0\.0\.1:\d+ refused the login \(key U[A-Z2-7]+\)/);
    const noCa = await secure.ampm("alice", ["ping"], { AMPM_TLS_CA: "" });
    t.equal(noCa.code, EXIT.UNAVAILABLE);
    t.match(noCa.stderr, /needs the CA that signed its certificate/);
  });

  t.test("a read-only caller cannot run migrate: the broker refuses the direct request", async (t) => {
    const r = await secure.ampm("viewer", ["migrate", "web1.example.com", hosts[1]!], env);
    t.equal(r.code, EXIT.UNAUTHORIZED, r.stdout + r.stderr);
    t.match(r.stderr, /hv1\.example\.com: the broker refused: Permissions Violation for Publish to "ampm\.v1\.node\.hv1\.example\.com"/);
    const status = await secure.ampm("viewer", ["status", "all"], env);
    t.equal(status.code, 0, "but it can look");
    t.match(status.stdout, /web1\.example\.com/);
  });

  t.test("the broker's refusals leave a record: in its log, and in ampm audit", async (t) => {
    // Made by the two tests above: a stranger's login, and the viewer's direct migrate.
    t.match(broker.log(), /\[ERR\] .* authentication error - Nkey "U[A-Z2-7]+"/, "a failed login is logged");
    t.match(broker.log(), /\[ERR\] .* Publish Violation - Nkey "U[A-Z2-7]+", Subject "ampm\.v1\.node\.hv1\.example\.com"/, "so is a refused publish");
    let records: { caller: string; action: string; status: string; statusmsg: string; source?: string }[] = [];
    await until(async () => {
      const r = await secure.ampm("alice", ["audit", "--host", "broker", "--json"]);
      records = r.code === 0 ? JSON.parse(r.stdout).records : [];
      return records.some((x) => x.action === "login") && records.some((x) => x.caller === "viewer");
    }, 15_000);
    t.match(records.find((x) => x.action === "login"), { source: "broker", status: "UNAUTHORIZED", statusmsg: /login refused by ampm-secure to U[A-Z2-7]+ from 127\.0\.0\.1.*Authentication Failure/ });
    t.match(records.find((x) => x.caller === "viewer"), { source: "caller", action: "migrate", status: "UNAUTHORIZED", statusmsg: /the broker refused the request to 1 host \(hv1\.example\.com\): Permissions Violation for Publish.*reported by the caller/ });
  });
});

t.test("the agents: a request the broker carries is still checked", async (t) => {
  const options = resolveOptions({ servers: [broker.url], caller: "alice", tls: { ca: setup.ca }, discoveryQuietMs: 200 });
  const alice = SigningKey.fromFile(setup.callerKeys.alice!);

  await t.test("unsigned, from a user the broker lets in", async (t) => {
    const transport = await connectTransport({ servers: [broker.url], nkey: alice, tls: { ca: setup.ca }, inboxPrefix: "ampm.v1.reply.alice" });
    const unsigned = new Client(transport, options);
    t.teardown(() => unsigned.close());
    const { results, summary } = await unsigned.call("rpcutil", "ping", {}, { targets: hosts }).collect();
    t.equal(summary.failed.length, 3);
    for (const r of results) t.match(r, { status: "UNAUTHORIZED", statusmsg: /unsigned request from "alice": hv\d\.example\.com runs only signed requests/ });
  });

  await t.test("a read-only caller's broadcast migrate reaches the hosts, and their policy refuses it", async (t) => {
    const viewer = await connect({ servers: [broker.url], key: setup.callerKeys.viewer, tls: { ca: setup.ca }, discoveryQuietMs: 300 });
    t.teardown(() => viewer.close());
    t.equal(viewer.caller, "viewer", "the caller name is the key's");
    const { results } = await viewer.survey("hypervisor", "migrate", { hostname: "web1.example.com", target: hosts[1] }).collect();
    t.equal(results.length, 3);
    for (const r of results) t.match(r, { status: "UNAUTHORIZED", statusmsg: /viewer may not run hypervisor\.migrate on hv\d\.example\.com \(policy default\)/ });
    const look = await viewer.survey("hypervisor", "status", {}).collect();
    t.equal(look.summary.ok, 3, "status is within its role");
  });

  await t.test("a caller the agents do not trust", async (t) => {
    // Known to the broker (a user), unknown to the agents: its own hosts' trust file is what counts.
    const transport = await connectTransport({ servers: [broker.url], nkey: alice, tls: { ca: setup.ca }, inboxPrefix: "ampm.v1.reply.alice" });
    const forged = new Client(transport, options, SigningKey.generate());
    t.teardown(() => forged.close());
    const { results } = await forged.call("rpcutil", "ping", {}, { targets: [hosts[0]!] }).collect();
    t.match(results[0], { status: "UNAUTHORIZED", statusmsg: /caller "alice" \(key U[A-Z2-7]+\) is not trusted on hv1\.example\.com/ });
  });
});

t.test("a signed request replayed by a host to another host is refused there, and audited", async (t) => {
  const alice = await connect({ servers: [broker.url], key: setup.callerKeys.alice, tls: { ca: setup.ca }, discoveryQuietMs: 200 });
  t.teardown(() => alice.close());
  // hv2 has received alice's direct request to disable hv2 (these are its bytes), and re-sends them to hv1 and hv3.
  const request = createRequest({ agent: "hypervisor", action: "set_enabled", caller: "alice", ttlMs: 60_000, timeoutMs: 5000, ...encodeBody("hypervisor", "set_enabled", { enabled: false, reason: "replayed" }) });
  const received = alice.encodeFor(request, [hosts[1]!])(hosts[1]!);
  const hv2 = await rawAs(setup.hostKeys[hosts[1]!]!, "ampm.v1.reply.agent_hv2_example_com");
  t.teardown(() => hv2.transport.close());
  const replies: Reply[] = [];
  const inbox = hv2.transport.newInbox("ampm.v1.reply.agent_hv2_example_com");
  hv2.transport.subscribe(inbox, (msg) => replies.push(decodeReply(msg.data)));
  for (const target of [hosts[0]!, hosts[2]!]) hv2.transport.publish(nodeSubject(target), received, inbox);
  await until(() => replies.length === 2);
  for (const r of replies) {
    t.equal(statusName(r.statuscode), "UNAUTHORIZED", `${r.sender} refuses it`);
    t.match(r.statusmsg, new RegExp(`request from "alice" was signed for other hosts, not ${r.sender.replace(/\./g, "\\.")}`));
  }
  const status = await alice.call("hypervisor", "status", {}, { targets: [hosts[0]!, hosts[2]!] }).collect();
  for (const r of status.results) t.equal((r.data as { state: { enabled: boolean } }).state.enabled, true, `${r.sender} is still enabled`);
  await until(() => auditFiles().some((r) => r.request_id === request.id && r.host === hosts[0]));
  t.match(auditFiles().find((r) => r.request_id === request.id && r.host === hosts[0]), { status: "UNAUTHORIZED", caller: "alice", action: "set_enabled" });

  // The same bytes on hv2's own subject: that is what alice signed, and it runs.
  const own: Reply[] = [];
  const inbox2 = hv2.transport.newInbox("ampm.v1.reply.agent_hv2_example_com");
  hv2.transport.subscribe(inbox2, (msg) => own.push(decodeReply(msg.data)));
  hv2.transport.publish(nodeSubject(hosts[1]!), received, inbox2);
  await until(() => own.length === 1);
  t.equal(statusName(own[0]!.statuscode), "OK", "the host it was signed for runs it");
  await alice.call("hypervisor", "set_enabled", { enabled: true }, { targets: [hosts[1]!] }).collect();

  // A broadcast is bound by its signed filter: re-sent to a host the filter does not name, it does not run.
  const broadcast = createRequest({ agent: "hypervisor", action: "set_enabled", caller: "alice", ttlMs: 60_000, timeoutMs: 5000, filter: buildFilter({ identity: [hosts[1]!] }), ...encodeBody("hypervisor", "set_enabled", { enabled: false, reason: "replayed broadcast" }) });
  const bytes = alice.encode(broadcast);
  const third: Reply[] = [];
  const inbox3 = hv2.transport.newInbox("ampm.v1.reply.agent_hv2_example_com");
  hv2.transport.subscribe(inbox3, (msg) => third.push(decodeReply(msg.data)));
  hv2.transport.publish(nodeSubject(hosts[0]!), bytes, inbox3);
  await until(() => third.length === 1);
  t.equal(statusName(third[0]!.statuscode), "ABORTED");
  t.match(third[0]!.statusmsg, /hv1\.example\.com does not match the request's filter/);
});

t.test("a migration, an evacuation and a refusal: ampm audit tells the instance's history", async (t) => {
  let r = await secure.ampm("alice", ["migrate", "web1.example.com", hosts[1]!], env);
  t.equal(r.code, 0, r.stderr);
  r = await secure.ampm("alice", ["migrate", "--all", "--from", hosts[1]!], env);
  t.equal(r.code, 0, r.stdout + r.stderr);
  t.match(r.stdout, /web1\.example\.com:dmz-webserver-rhel-5 migrated to hv[13]\.example\.com/);
  const destroyed = await secure.ampm("viewer", ["rpc", "hypervisor", "destroy", "hostname=web1.example.com", "--discovery-method", "broadcast"], env);
  t.equal(destroyed.code, EXIT.UNAUTHORIZED, "the viewer cannot destroy it: its hosts refuse");
  const direct = await secure.ampm("viewer", ["destroy", "web1.example.com", "--yes"], env);
  t.equal(direct.code, EXIT.UNAUTHORIZED, "nor through ampm destroy: the broker refuses");
  t.match(direct.stderr, /the broker refused: Permissions Violation for Publish to "ampm\.v1\.node\.hv[13]\.example\.com" \(the broker's permissions for "viewer" do not allow hypervisor\.destroy as a request to one host\)/);

  await sleep(AUDIT_DEFAULTS.minIntervalMs + 500); // a busy host ships its records in batches, at most one a second
  const history = await secure.ampm("alice", ["audit", "--instance", "web1.example.com", "--json"]);
  t.equal(history.code, 0, history.stderr);
  const records = (JSON.parse(history.stdout) as { records: AuditEntry[] }).records;
  const steps = records.map((x) => `${x.host} ${x.caller} ${x.action} ${x.status}`);
  t.ok(steps.includes("hv1.example.com alice create OK"), "created on hv1 by alice");
  t.ok(steps.includes("hv1.example.com alice migrate OK"), "alice moved it from hv1");
  t.ok(steps.includes("hv2.example.com agent:hv1.example.com migrate_in OK"), "hv1 handed it to hv2");
  t.ok(steps.includes("hv2.example.com alice evacuate OK"), "alice evacuated hv2");
  t.ok(steps.some((s) => /^hv[13]\.example\.com agent:hv2\.example\.com migrate_in OK$/.test(s)), "hv2 handed it on");
  t.ok(records.every((x) => x.authenticated), "every step by a verified caller");
  t.ok(records.find((x) => x.action === "migrate" && x.status === "OK")?.job, "the migrate record names its job");

  t.notOk(steps.some((s) => s.includes(" instances OK")), "lookups that succeeded are left out");
  t.ok((JSON.parse(history.stdout) as { lookupsLeftOut: number }).lookupsLeftOut > 0, "and counted");
  const withReads = await secure.ampm("alice", ["audit", "--instance", "web1.example.com", "--reads", "--json"]);
  t.ok((JSON.parse(withReads.stdout) as { records: AuditEntry[] }).records.some((x) => x.action === "instances" && x.status === "OK"), "--reads shows them");
  const times = records.map((x) => Date.parse(x.time));
  t.same(times, [...times].sort((a, b) => a - b), "oldest first");

  const human = await secure.ampm("alice", ["audit", "--instance", "web1.example.com", "--since", "1h"]);
  t.equal(human.code, 0);
  t.match(human.stdout, /^TIME \(UTC\)\s+HOST\s+CALLER\s+ACTION\s+INSTANCE\s+STATUS\s+MS\s+DETAIL$/m);
  t.match(human.stdout, /hv2\.example\.com\s+agent:hv1\.example\.com\s+hypervisor\.migrate_in\s+web1\.example\.com\s+OK/);

  const refusals = await secure.ampm("viewer", ["audit", "--status", "UNAUTHORIZED", "--caller", "viewer", "--json"]);
  t.equal(refusals.code, 0, refusals.stderr);
  const refused = (JSON.parse(refusals.stdout) as { records: AuditEntry[] }).records;
  t.ok(refused.some((x) => x.action === "migrate" && x.policy === "default"), "the viewer's broadcast migrate, refused by policy");
  const viewerKey = SigningKey.fromFile(setup.callerKeys.viewer!).publicKey;
  const byHosts = refused.filter((x) => x.source === undefined);
  t.ok(byHosts.length > 0 && byHosts.every((x) => x.authenticated && x.callerKey === viewerKey), "each host's refusal names the viewer's verified key");
  t.ok(refused.some((x) => x.source === "caller" && !x.authenticated), "and the viewer's own account of the broker's refusal is there, unverified");
  const none = await secure.ampm("alice", ["audit", "--caller", "nobody"]);
  t.equal(none.code, EXIT.NO_MATCH);
  t.match(none.stdout, /No audit records matched/);
});

t.test("audit completeness: every request a host answered is exactly one record, in the file and in the stream", async (t) => {
  const client = await connect({ servers: [broker.url], key: setup.callerKeys.alice, tls: { ca: setup.ca } });
  t.teardown(() => client.close());
  const before = auditFiles().length;
  const ids = new Set<string>();
  let replies = 0;
  for (let i = 0; i < 5; i++) {
    const run = client.call("rpcutil", "ping", {}, { targets: hosts });
    for await (const r of run) replies++;
    for (const id of (await run.summary).requestIds) ids.add(id);
  }
  t.equal(replies, 15);
  await sleep(AUDIT_DEFAULTS.minIntervalMs + 500); // the last batch of each host leaves within a second
  const after = auditFiles();
  const mine = after.filter((x) => ids.has(x.request_id));
  t.equal(mine.length, 15, "one record per reply");
  t.equal(new Set(mine.map((x) => `${x.request_id} ${x.host}`)).size, 15, "no duplicates");
  t.ok(after.length - before >= 15);
  const { readAudit } = await import("../../client/src/index.js");
  const streamed: AuditEntry[] = [];
  for await (const x of readAudit(client, { action: "rpcutil.ping" })) if (ids.has(x.requestId)) streamed.push(x);
  t.equal(streamed.length, 15, "the stream has the same records");
});

t.test("the policy is reloaded on SIGHUP, without a restart; a broken one keeps the last good one", async (t) => {
  const agent = secure.fleet.get(hosts[2]!);
  const echo = async () => (await secure.ampm("alice", ["rpc", "rpcutil", "echo", "message=hi", "-I", hosts[2]!, "--json"])).stdout;
  t.match(await echo(), /"status": "OK"/);
  writeFileSync(policyFile, "rules:\n  - { effect: deny, callers: [alice], actions: [rpcutil.echo], reason: not today }\n");
  agent.process.kill("SIGHUP");
  await until(() => agent.log().includes('"msg":"reloaded"'));
  t.match(await echo(), /alice may not run rpcutil\.echo on hv3\.example\.com \(policy rule 1\): not today/);
  writeFileSync(policyFile, "rules: [ { effect: perhaps } ]\n");
  agent.process.kill("SIGHUP");
  await until(() => agent.log().includes("security reload failed"));
  t.match(await echo(), /policy rule 1/, "the last good policy stays");
  writeFileSync(policyFile, "rules: []\n");
  const reload = await secure.ampm("alice", ["rpc", "rpcutil", "reload", "-I", hosts[2]!, "--json"]);
  t.equal(reload.code, 0, reload.stdout + reload.stderr);
  t.match(await echo(), /"status": "OK"/, "rpcutil.reload re-reads it too");
  t.equal(agent.process.exitCode, null, "the same process all along");
});

t.test("an agent refuses to start with an unsafe key file or no trusted callers", async (t) => {
  const key = join(secure.dir, "loose.nk");
  SigningKey.generate().writeFile(key, "a loose key");
  chmodSync(key, 0o644);
  const loose = await startAgent(broker.url, { identity: hosts[0]!, config: { ...secure.agentConfig(hosts[0]!, { key }) } }, join(secure.dir, "loose")).catch((err: Error) => err);
  t.ok(loose instanceof Error);
  t.match((loose as Error).message, /key file .*loose\.nk can be read by others: chmod 600/);
  const untrusting = await startAgent(broker.url, { identity: hosts[0]!, config: { tls: { ca: setup.ca }, security: { key: setup.hostKeys[hosts[0]!] } } }, join(secure.dir, "untrusting")).catch((err: Error) => err);
  t.ok(untrusting instanceof Error);
  t.match((untrusting as Error).message, /no trusted callers, so this host would refuse every request/);
});
