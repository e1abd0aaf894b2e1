/**
 * The libvirt driver for real: agents drive virsh on libvirt's test:///
 * driver (one node file per test host), with real qcow2 and dir volumes,
 * real rsync and real files: domains with ampm's record in their XML,
 * lifecycle, state across an agent restart, cold migration, named slots,
 * image export and import, redeploy, mounts and locks.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import t from "tap";
import { connect, Fleet, readProfile } from "../../client/src/index.js";
import { fleetRoot, spawnAgent, startFleet, type Fleet as Agents } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { EXAMPLE_PROFILES, libvirtHost, TEST_PROFILES } from "../helpers/hypervisor.js";

const missing = spawnSync("virsh", ["--version"]).error ? "virsh is not installed (Debian libvirt-clients)" : spawnSync("rsync", ["--version"]).error ? "rsync is not installed" : false;

const A = "kvm1.example.com";
const B = "kvm2.example.com";
const root = fleetRoot();
const images = join(root, "images");

t.test("libvirt hosts", { skip: missing }, async (t) => {
  const broker = await startBroker();
  const agents: Agents = await startFleet(
    broker.url,
    [
      libvirtHost(root, A, { tags: ["dmz-interface", "external-interface"], facts: { rack: "r1" }, hypervisor: { vcpus: 0, memory_mb: 0, images_dir: images, lock_wait: "500ms" } }),
      libvirtHost(root, B, {
        tags: ["dmz-interface", "external-interface"],
        facts: { rack: "r2" },
        slots: [{ name: "slot-a", mac: "02:11:62:22:21:13" }, { name: "slot-b" }, { name: "slot-c" }],
        hypervisor: { vcpus: 0, memory_mb: 0, images_dir: images },
      }),
    ],
    root,
  );
  const client = await connect({ servers: [broker.url], caller: "tester", discoveryQuietMs: 150 });
  const fleet = new Fleet(client);
  t.teardown(async () => {
    await client.close();
    await agents.stop();
    await broker.stop();
  });
  const ampm = (...args: string[]) => runAmpm([...args, "--server", broker.url], { env: { AMPM_PROFILES: `${TEST_PROFILES}:${EXAMPLE_PROFILES}` }, timeoutMs: 60_000 });
  const nodeXml = (host: string) => readFileSync(join(root, `${host}-node.xml`), "utf8");
  const tiny = readProfile(join(TEST_PROFILES, "tiny.yaml"));

  await t.test("capacity comes from virsh nodeinfo; facts from libvirt", async (t) => {
    const host = await fleet.host(A);
    t.match(host.snapshot.capacity, { vcpus: 16, memoryMb: 65536 });
    t.match(host.snapshot.facts, { hypervisor_driver: "libvirt", libvirt_domain_type: "test", libvirt_uri: `test://${join(root, `${A}-node.xml`)}` });
  });

  await t.test("a pxe VM and an lxc container become libvirt domains with ampm's record in <metadata>", async (t) => {
    const web = await ampm("create", "--profile", "dmz-webserver-rhel-5", "--hostname", "web1.example.com", "--container", A);
    t.equal(web.code, 0, web.stderr);
    const c = await ampm("create", "--profile", "tiny", "--hostname", "c1.example.com", "--container", A);
    t.equal(c.code, 0, c.stderr);
    const xml = nodeXml(A);
    const webXml = /<domain[^>]*>\s*<name>web1\.example\.com<\/name>[\s\S]*?<\/domain>/.exec(xml)?.[0] ?? "";
    t.match(webXml, /<boot dev='network'\/>\s*<boot dev='hd'\/>/, "pxe: network boot first");
    t.match(webXml, /<source file='[^']*web1\.example\.com-root\.qcow2'\/>/);
    t.match(webXml, /<ampm:instance xmlns:ampm="https:\/\/ampm\.dev\/xmlns\/instance\/1">\{(&quot;|")hostname(&quot;|"):(&quot;|")web1\.example\.com(&quot;|"),(&quot;|")profile(&quot;|"):(&quot;|")dmz-webserver-rhel-5/);
    t.match(webXml, /<test:runstate>1<\/test:runstate>/, "running");
    const cXml = /<domain[^>]*>\s*<name>c1\.example\.com<\/name>[\s\S]*?<\/domain>/.exec(xml)?.[0] ?? "";
    t.match(cXml, /<filesystem type='mount' accessmode='passthrough'>\s*<source dir='[^']*c1\.example\.com-root'\/>\s*<target dir='\/'\/>/, "lxc: the root volume is the filesystem");
    t.ok(existsSync(join(root, `${A}-tftp`, "pxelinux.cfg")), "the pxe template wrote its boot config");
  });

  await t.test("lifecycle through virsh, and state across an agent restart", async (t) => {
    t.match((await ampm("pause", "web1.example.com")).stdout, /now paused/);
    t.match((await ampm("stop", "c1.example.com")).stdout, /now shut off/);
    const agent = agents.get(A);
    await agent.stop();
    const again = await spawnAgent(agent.spec, agent.dir, agent.configFile);
    agents.agents[agents.agents.indexOf(agent)] = again;
    const list = await ampm("list", "status", A);
    t.match(list.stdout, /^c1\.example\.com:tiny\s+shut off\nweb1\.example\.com:dmz-webserver-rhel-5\s+paused\n$/, "the same domains, the same states, the same records");
    t.match((await ampm("resume", "web1.example.com")).stdout, /now running/);
    t.match((await ampm("start", "c1.example.com")).stdout, /now running/);
  });

  await t.test("cold migration between two libvirt hosts (the test driver cannot migrate live)", async (t) => {
    const { instance } = await fleet.locate("c1.example.com");
    writeFileSync(join(instance.volumes[0]!.path, "data.txt"), "kept\n");
    const r = await ampm("migrate", "c1.example.com", B);
    t.equal(r.code, 0, r.stderr);
    t.equal(r.stdout, `c1.example.com:tiny migrated to ${B}\n`);
    const moved = await fleet.locate("c1.example.com");
    t.equal(moved.host, B);
    t.equal(readFileSync(join(moved.instance.volumes[0]!.path, "data.txt"), "utf8"), "kept\n");
    t.notMatch(nodeXml(A), /<name>c1\.example\.com<\/name>/, "undefined on the source");
    t.match(nodeXml(B), /<name>c1\.example\.com<\/name>/, "defined on the target");
  });

  await t.test("named slots: per-slot MAC, and no more instances than slots", async (t) => {
    const moved = await fleet.locate("c1.example.com");
    t.equal(moved.instance.slot, "slot-a", "the migrated instance took the first free slot");
    for (const name of ["c2", "c3"]) {
      const r = await ampm("create", "--profile", "tiny", "--hostname", `${name}.example.com`, "--container", B);
      t.equal(r.code, 0, r.stderr);
    }
    const slots = (await fleet.host(B)).instances.map((i) => i.slot).sort();
    t.same(slots, ["slot-a", "slot-b", "slot-c"]);
    const full = await ampm("create", "--profile", "tiny", "--hostname", "c4.example.com", "--container", B);
    t.equal(full.code, 1);
    t.match(full.stderr, /no free slot \(3 of 3 in use\)/);
    const web = await ampm("create", "--profile", "dmz-webserver-rhel-5", "--hostname", "web2.example.com", "--container", A);
    t.equal(web.code, 0);
    await ampm("destroy", "c3.example.com", "--yes");
    const slotted = await ampm("create", "--profile", "dmz-webserver-rhel-5", "--hostname", "web3.example.com", "--container", B);
    t.equal(slotted.code, 0, slotted.stderr);
    const web3 = (await fleet.locate("web3.example.com")).instance;
    t.equal(web3.slot, "slot-c");
  });

  await t.test("image export and import: a round trip with checksums", async (t) => {
    const file = join(root, "c2.tar.gz");
    const { instance } = await fleet.locate("c2.example.com");
    writeFileSync(join(instance.volumes[0]!.path, "data.txt"), "exported\n");
    const running = await ampm("image", "export", "c2.example.com", "--to", file);
    t.equal(running.code, 1, "a running instance is not exported unasked");
    t.match(running.stderr, /is running: stop it first, or export with --stop/);
    const r = await ampm("image", "export", "c2.example.com", "--to", file, "--stop");
    t.equal(r.code, 0, r.stderr);
    t.match(r.stdout, /^c2\.example\.com:tiny exported to .*c2\.tar\.gz \(tar\.gz, [\d.]+ \w+, sha256 [0-9a-f]{64}\)\n$/);
    const meta = JSON.parse(readFileSync(`${file}.ampm.json`, "utf8"));
    t.equal(meta.sha256, createHash("sha256").update(readFileSync(file)).digest("hex"), "the file is what was exported");
    t.equal(meta.instance.profile, "tiny");
    t.equal((await fleet.locate("c2.example.com")).instance.state, "running", "started again after the export");
    const i = await ampm("image", "import", file, "--hostname", "c2copy.example.com", "--container", A);
    t.equal(i.code, 0, i.stderr);
    t.equal(i.stdout, `c2copy.example.com:tiny imported from ${file} on ${A}\n`);
    const copy = await fleet.locate("c2copy.example.com");
    t.equal(readFileSync(join(copy.instance.volumes[0]!.path, "data.txt"), "utf8"), "exported\n");
    t.equal(readFileSync(join(copy.instance.volumes[0]!.path, "etc", "debian_version"), "utf8"), "6.0.10\n");
    writeFileSync(file, "tampered");
    const bad = await ampm("image", "import", file, "--hostname", "x.example.com", "--container", A);
    t.equal(bad.code, 1);
    t.match(bad.stderr, /does not match its record: sha256/);
    const qcow = join(root, "web2.qcow2");
    const q = await ampm("image", "export", "web2.example.com", "--to", qcow, "--stop");
    t.equal(q.code, 0, q.stderr);
    t.match(q.stdout, /\(qcow2, /);
    const qi = await ampm("image", "import", qcow, "--hostname", "web2copy.example.com");
    t.equal(qi.code, 0, qi.stderr);
  });

  await t.test("redeploy: rsync an image onto the volume, then start; the second time only what changed", async (t) => {
    const image = join(images, "sl5-worker");
    mkdirSync(join(image, "etc"), { recursive: true });
    for (let i = 0; i < 200; i++) writeFileSync(join(image, "etc", `f${i}`), `file ${i}\n`);
    const { instance } = await fleet.locate("c1.example.com");
    writeFileSync(join(instance.volumes[0]!.path, "stray.txt"), "not in the image\n");
    const first = await fleet.redeploy("c1.example.com", "sl5-worker");
    t.equal(first.state, "done", first.message);
    t.match(first.result, { filesTransferred: 200 });
    t.equal(readFileSync(join(instance.volumes[0]!.path, "etc", "f7"), "utf8"), "file 7\n");
    t.notOk(existsSync(join(instance.volumes[0]!.path, "stray.txt")), "what the image does not have is gone");
    t.equal((await fleet.locate("c1.example.com")).instance.state, "running");
    writeFileSync(join(image, "etc", "f7"), "changed\n");
    const second = await ampm("redeploy", "c1.example.com", "--image", "sl5-worker");
    t.equal(second.code, 0, second.stderr);
    t.match(second.stdout, /^c1\.example\.com redeployed from sl5-worker: 1 files changed in [\d.]+ s\n$/);
    const none = await ampm("redeploy", "c1.example.com", "--image", "nope");
    t.equal(none.code, 1);
    t.match(none.stderr, /no image nope in .*images \(have: sl5-worker\)/);
    const qcow = await ampm("redeploy", "web1.example.com", "--image", "sl5-worker");
    t.equal(qcow.code, 1);
    t.match(qcow.stderr, /needs a storage type whose plugin can sync; web1\.example\.com's root volume is qcow2/);
  });

  await t.test("locks: a dead holder's lock is taken over; a live holder's makes the next writer BUSY", async (t) => {
    const lockFile = join(agents.get(A).dir, "state", "hypervisor", "locks", "c2copy.example.com.lock");
    mkdirSync(join(agents.get(A).dir, "state", "hypervisor", "locks"), { recursive: true });
    const holder = spawn("sleep", ["60"]);
    writeFileSync(lockFile, JSON.stringify({ pid: holder.pid, op: "a backup script", since: new Date().toISOString() }));
    const started = Date.now();
    const busy = await ampm("redeploy", "c2copy.example.com", "--image", "sl5-worker");
    t.equal(busy.code, 1);
    t.match(busy.stderr, new RegExp(`c2copy\\.example\\.com is locked by process ${holder.pid} \\(a backup script\\)`));
    t.ok(Date.now() - started < 15_000);
    holder.kill("SIGKILL");
    await new Promise((r) => holder.once("exit", r));
    const taken = await ampm("redeploy", "c2copy.example.com", "--image", "sl5-worker");
    t.equal(taken.code, 0, taken.stderr);
    t.notOk(existsSync(lockFile), "released after the redeploy");
    t.match(agents.get(A).log(), /taking over a lock whose process is gone/);
  });

  await t.test("mounting a stopped instance's volume for inspection", async (t) => {
    const running = await ampm("image", "mount", "c2copy.example.com");
    t.equal(running.code, 1);
    t.match(running.stderr, /is running: stop it before mounting/);
    await ampm("stop", "c2copy.example.com");
    const m = await ampm("image", "mount", "c2copy.example.com");
    t.equal(m.code, 0, m.stderr);
    const path = /at (\S+)$/.exec(m.stdout.trim())?.[1] ?? "";
    t.equal(readFileSync(join(path, "etc", "f7"), "utf8"), "changed\n", "what the redeploy put there");
    const migrate = await ampm("migrate", "c2copy.example.com", B);
    t.equal(migrate.code, 1);
    t.match(migrate.stderr, /is mounted for inspection/);
    const qcow = await ampm("stop", "web2copy.example.com").then(() => ampm("image", "mount", "web2copy.example.com"));
    t.equal(qcow.code, 1);
    t.match(qcow.stderr, /mounting needs a storage type whose plugin can mount; web2copy\.example\.com's root volume is qcow2/);
    await ampm("start", "c2copy.example.com");
    t.equal((await fleet.locate("c2copy.example.com")).instance.mounted, false, "starting unmounted it");
    await sleep(10);
  });
});
