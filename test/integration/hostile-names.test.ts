/**
 * Names from a request never reach the filesystem unchecked: a direct
 * hypervisor.migrate_in with `..` in its migration id, its instance's host
 * name or its volume names is refused with INVALID_DATA and writes nothing
 * outside the state dir, also when the volume's bytes wait in the object
 * store. Half-formed bodies get MISSING_DATA naming the field, never a
 * TypeError.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import t from "tap";
import { connect } from "../../client/src/index.js";
import { startAgent, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { hypervisorHost } from "../helpers/hypervisor.js";
import { blobStore } from "../../proto/wire/index.js";

// The fleet lives five levels down, so every `../` escape lands in `outside`, which must stay empty.
const outside = mkdtempSync(join(tmpdir(), "ampm-escape-"));
const root = join(outside, "a", "b", "c", "d", "e", "fleet");
mkdirSync(root, { recursive: true });
const HOST = "target.example.com";
const broker = await startBroker();
const fleet = await startFleet(broker.url, [hypervisorHost(root, HOST)], root);
const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
t.teardown(async () => {
  await client.close();
  await fleet.stop();
  await broker.stop();
  rmSync(outside, { recursive: true, force: true });
});

const stateDir = join(fleet.get(HOST).dir, "state");
const payload = join(outside, "payload");
writeFileSync(payload, "attacker content\n");
const sha = createHash("sha256").update("attacker content\n").digest("hex");

/** Every file under `outside` except the fleet and the payload. */
function escaped(): string[] {
  return (readdirSync(outside, { recursive: true }) as string[]).map(String).filter((f) => !f.startsWith(join("a", "b", "c", "d", "e", "fleet")) && f !== "payload" && !/^a(\/b(\/c(\/d(\/e)?)?)?)?$/.test(f));
}

const instance = (hostname: string, volumeName = "root") => ({
  hostname,
  profile: "tiny",
  resources: { vcpus: 1, memoryMb: 64 },
  volumes: [{ name: volumeName, storage: "dir", volume: `${hostname}-root`, sizeBytes: 1024, path: "/x" }],
  nics: [],
  template: "",
  state: "running",
  host: "source.example.com",
  createdAtMs: Date.now(),
});

async function migrateIn(body: Record<string, unknown>) {
  const { results } = await client.call("hypervisor", "migrate_in", body, { targets: [HOST], timeoutMs: 10_000 }).collect();
  return results[0]!;
}

t.test("path escapes in migrate_in are refused and write nothing outside the state dir", async (t) => {
  await blobStore(client.transport).put("ampm-migrations", "evil.root", payload);
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["migration id", { migrationId: "../../../../../escape-mig", instance: instance("ok.example.com"), source: "source.example.com", volumes: [{ name: "root", object: "evil.root", sha256: sha, bytes: 17 }] }, /migrationId "\.\.\/.*" is not valid/],
    ["instance host name", { migrationId: "m1", instance: instance("../../../../escape-host"), source: "source.example.com", volumes: [{ name: "root", object: "evil.root", sha256: sha, bytes: 17 }] }, /instance\.hostname "\.\.\/.*" is not valid/],
    [
      "volume name",
      { migrationId: "m2", instance: instance("ok2.example.com", "../../../../../../ESCAPED-VOLUME.txt"), source: "source.example.com", volumes: [{ name: "../../../../../../ESCAPED-VOLUME.txt", object: "evil.root", sha256: sha, bytes: 17 }] },
      /volumes\[0\]\.name "\.\.\/.*" is not valid/,
    ],
    ["volume name with a slash", { migrationId: "m3", instance: instance("ok3.example.com"), source: "source.example.com", volumes: [{ name: "a/b", object: "evil.root", sha256: sha, bytes: 17 }] }, /volumes\[0\]\.name "a\/b" is not valid/],
    ["source identity", { migrationId: "m4", instance: instance("ok4.example.com"), source: "ctl\u0001x", volumes: [] }, /source "ctl\\x01x" is not valid/],
  ];
  for (const [what, body, message] of cases) {
    const reply = await migrateIn(body);
    t.equal(reply.status, "INVALID_DATA", `${what}: INVALID_DATA`);
    t.match(reply.statusmsg, message, `${what}: names the field`);
  }
  t.same(escaped(), [], "nothing was written outside the fleet's directory");
  t.notOk(existsSync(resolve(stateDir, "hypervisor", "migrations-in", "../../../../../escape-mig.json")));
});

t.test("half-formed bodies: MISSING_DATA naming the field, never a TypeError", async (t) => {
  const noResources = { ...instance("half.example.com") } as Record<string, unknown>;
  delete noResources.resources;
  const reply = await migrateIn({ migrationId: "m5", instance: noResources, source: "source.example.com", volumes: [] });
  t.equal(reply.status, "MISSING_DATA");
  t.match(reply.statusmsg, /missing field "instance\.resources"/);
  const bare = await migrateIn({});
  t.equal(bare.status, "MISSING_DATA");
  t.match(bare.statusmsg, /migrationId/);
  t.notMatch(fleet.get(HOST).log(), /TypeError/);
});

t.test("an identity that is not a DNS name is refused at start", async (t) => {
  for (const identity of ["ctl\u0001x", "a/b.example.com", "höst.example.com", "UPPER.example.com"]) {
    await t.rejects(startAgent(broker.url, { identity }, join(outside, "bad-identities")), /not valid: it must be a DNS name/, JSON.stringify(identity));
  }
});
