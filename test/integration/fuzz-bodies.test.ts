/**
 * Every built-in action of a real agent gets bodies with fields removed,
 * nulled and mistyped (also as raw protobuf fields of every wire type): each
 * gets a reply with a status, and no reply or log line shows a TypeError.
 */
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { connect } from "../../client/src/index.js";
import { builtinInput } from "../../client/src/actions.js";
import { createRequest, decodeReply, encodeRequest, nodeSubject, statusName, typeName, type Reply } from "../../proto/wire/index.js";
import { fleetRoot, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { hypervisorHost } from "../helpers/hypervisor.js";

const HOST = "fuzz.example.com";
const root = fleetRoot();
const broker = await startBroker();
const fleet = await startFleet(broker.url, [hypervisorHost(root, HOST), hypervisorHost(root, "peer.example.com")], root);
const client = await connect({ servers: [broker.url], caller: "fuzzer", discoveryQuietMs: 150 });
t.teardown(async () => {
  await client.close();
  await fleet.stop();
  await broker.stop();
});

const profile = { name: "tiny", template: "", resources: { vcpus: 1, memoryMb: 64 }, volumes: [{ name: "root", sizeBytes: 1024, storage: "dir" }], nics: [{ bridge: "br0", vlan: 0 }], tags: ["t"], category: "user" };
const instance = { hostname: "i1.example.com", profile: "tiny", resources: { vcpus: 1, memoryMb: 64 }, volumes: [{ name: "root", storage: "dir", volume: "i1.example.com-root", sizeBytes: 1024, path: "/x" }], nics: [{ mac: "52:54:00:00:00:01", bridge: "br0", vlan: 0 }], state: "running", host: "peer.example.com" };

/** A well-formed body per action: the fuzzer breaks it field by field. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  "rpcutil.ping": {},
  "rpcutil.facts": { keys: ["identity"] },
  "rpcutil.inventory": {},
  "rpcutil.daemon_stats": {},
  "rpcutil.echo": { message: "hi", delayMs: 0 },
  "hypervisor.status": {},
  "hypervisor.instances": { hostname: "i1.example.com" },
  "hypervisor.set_enabled": { enabled: true, reason: "fuzz" },
  "hypervisor.create": { hostname: "f1.example.com", profile },
  "hypervisor.pause": { hostname: "nobody.example.com" },
  "hypervisor.resume": { hostname: "nobody.example.com" },
  "hypervisor.start": { hostname: "nobody.example.com" },
  "hypervisor.stop": { hostname: "nobody.example.com" },
  "hypervisor.destroy": { hostname: "nobody.example.com" },
  "hypervisor.jobs": { id: "0123456789abcdef" },
  "hypervisor.migrate": { hostname: "nobody.example.com", target: "peer.example.com" },
  "hypervisor.migrate_in": { migrationId: "abc123", instance, source: "peer.example.com", start: false, volumes: [{ name: "root", object: "abc123.root", sha256: "0".repeat(64), bytes: 1, format: "tar" }] },
  "hypervisor.migration_status": { migrationId: "abc123" },
  "hypervisor.migration_abort": { migrationId: "nothere" },
  "hypervisor.evacuate": { parallel: 1, dryRun: true, plan: [{ instance: "i1.example.com:tiny", target: "peer.example.com", hostname: "i1.example.com" }] },
  "hypervisor.image_export": { hostname: "nobody.example.com", stop: false, bucket: "ampm-images" },
  "hypervisor.image_import": { hostname: "f2.example.com", profile, bucket: "ampm-images", object: "nothere", sha256: "0".repeat(64), format: "tar.gz" },
  "hypervisor.redeploy": { hostname: "nobody.example.com", image: "base" },
  "hypervisor.mount": { hostname: "nobody.example.com" },
  "hypervisor.unmount": { hostname: "nobody.example.com" },
};

const MISTYPED: unknown[] = [42, "text", true, {}, [], [1, "x", null]];

/** The sample with one path removed, nulled or mistyped: every variant, paths up to three deep. */
function variants(sample: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (value: unknown, set: (v: unknown) => Record<string, unknown>, depth: number) => {
    if (depth > 3 || value === null || typeof value !== "object") return;
    for (const key of Object.keys(value)) {
      const at = (v: unknown) => set(Array.isArray(value) ? value.map((x, i) => (String(i) === key ? v : x)) : { ...value, [key]: v });
      const without = Array.isArray(value) ? value.filter((_, i) => String(i) !== key) : Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
      out.push(set(without), at(null));
      for (const m of MISTYPED) out.push(at(m));
      walk((value as Record<string, unknown>)[key], at, depth + 1);
    }
  };
  walk(sample, (v) => v as Record<string, unknown>, 0);
  return out;
}

/** Raw protobuf bodies: field 1..10 with each wire type, after the sample's bytes. */
function rawBodies(valid: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let field = 1; field <= 10; field++) {
    out.push(Buffer.concat([valid, Buffer.from([(field << 3) | 0, 0xff, 0xff, 0x03])]));
    out.push(Buffer.concat([valid, Buffer.from([(field << 3) | 1, 1, 2, 3, 4, 5, 6, 7, 8])]));
    out.push(Buffer.concat([valid, Buffer.from([(field << 3) | 2, 3, 0x0a, 0xff, 0x7f])]));
    out.push(Buffer.concat([valid, Buffer.from([(field << 3) | 5, 1, 2, 3, 4])]));
  }
  out.push(Buffer.from([0x0a, 0x7f]), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
  return out;
}

t.test("every built-in action survives broken bodies: a status for each, no TypeError anywhere", async (t) => {
  const replies: Reply[] = [];
  const inbox = client.transport.newInbox("ampm.v1.reply.fuzzer");
  client.transport.subscribe(`${inbox}`, (msg) => replies.push(decodeReply(msg.data)));
  let sent = 0;
  const send = (action: string, body: Uint8Array) => {
    const [agent, name] = action.split(".") as [string, string];
    const request = createRequest({ agent, action: name, caller: "fuzzer", ttlMs: 60_000, timeoutMs: 10_000, body, bodyType: typeName(builtinInput(agent, name)!) });
    client.transport.publish(nodeSubject(HOST), encodeRequest(request), inbox);
    sent++;
  };
  for (const [action, sample] of Object.entries(SAMPLES)) {
    const [agent, name] = action.split(".") as [string, string];
    const type = builtinInput(agent, name)!;
    const valid = type.encode(type.fromObject(sample)).finish();
    send(action, valid);
    for (const body of variants(sample)) {
      let bytes: Uint8Array;
      try {
        bytes = type.encode(type.fromObject(body)).finish();
      } catch {
        continue; // the codec itself refuses to build it: covered by the raw bodies below
      }
      send(action, bytes);
    }
    for (const raw of rawBodies(valid)) send(action, raw);
    await client.transport.flush();
    await sleep(50);
  }
  const deadline = Date.now() + 60_000;
  while (replies.length < sent && Date.now() < deadline) await sleep(100);
  t.equal(replies.length, sent, `a reply for each of the ${sent} requests`);
  const byStatus: Record<string, number> = {};
  for (const r of replies) byStatus[statusName(r.statuscode)] = (byStatus[statusName(r.statuscode)] ?? 0) + 1;
  t.comment(`statuses: ${JSON.stringify(byStatus)}`);
  const crashes = replies.filter((r) => /TypeError|Cannot read propert|is not a function|undefined|NaN/.test(r.statusmsg));
  t.same(crashes.map((r) => r.statusmsg).slice(0, 5), [], "no reply shows a crash");
  t.notMatch(fleet.get(HOST).log(), /TypeError|Cannot read propert/, "no log line shows a crash");
  t.equal(fleet.get(HOST).process.exitCode, null, "the agent is running");
});
