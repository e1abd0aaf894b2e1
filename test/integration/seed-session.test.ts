/**
 * The seed's sysadmin session on five real agents (sim hypervisors with real
 * qcow2 volumes, pxe configs and lxc rootfs): creates, every query, status,
 * find-containers, disable/enable, migrations named and placed, an
 * evacuation, lifecycle, jobs, and each command's --json.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import t, { type Test } from "tap";
import { fleetRoot, startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { EXAMPLE_PROFILES, hypervisorHost } from "../helpers/hypervisor.js";

const root = fleetRoot();
const host = (n: number) => `container${n}.example.com`;
const broker = await startBroker();
const fleet = await startFleet(
  broker.url,
  [
    hypervisorHost(root, host(1), { tags: ["dell", "dell-2850", "250gig-local-storage", "dmz-interface", "external-interface", "PHX"], facts: { rack: "r12" } }),
    hypervisorHost(root, host(2), { tags: ["dell", "dell-2850", "250gig-local-storage", "dmz-interface", "PHX"], facts: { rack: "r12" } }),
    hypervisorHost(root, host(3), { tags: ["dell", "dell-2850", "250gig-local-storage", "dmz-interface", "external-interface", "PHX"], facts: { rack: "r14" } }),
    hypervisorHost(root, host(4), { tags: ["hp", "dl380", "external-interface", "SJC"], facts: { rack: "s02" } }),
    hypervisorHost(root, host(5), { tags: ["supermicro", "dmz-interface", "external-interface", "SJC"], facts: { rack: "s03" } }),
  ],
  root,
);
t.teardown(async () => {
  await fleet.stop();
  await broker.stop();
});

const ampm = (args: string[], as?: string) =>
  runAmpm([...args, "--server", broker.url], { env: { AMPM_PROFILES: EXAMPLE_PROFILES, ...(as ? { AMPM_HOSTNAME: as } : {}) }, timeoutMs: 60_000 });

async function ok(t: Test, args: string[], expected: string | RegExp, as?: string) {
  const r = await ampm(args, as);
  t.equal(r.code, 0, `${args.join(" ")}: exit 0 (${r.stderr.trim()})`);
  if (typeof expected === "string") t.equal(r.stdout, expected, args.join(" "));
  else t.match(r.stdout, expected, args.join(" "));
  return r;
}

t.test("setting the scene: two hosts out of service, five instances", async (t) => {
  await ok(t, ["container", "--disable", host(3), "--reason", "waiting for disks"], `${host(3)} disabled (waiting for disks)\n`);
  await ok(t, ["container", "--disable", host(4)], `${host(4)} disabled\n`);
  const creates: [string, string, number][] = [
    ["instance1", "dmz-webserver-rhel-5", 1],
    ["instance2", "dmz-webserver-rhel-5", 1],
    ["proxy1", "caching-reverse-proxy-rhel-5", 1],
    ["instance33", "dmz-webserver-rhel-5", 2],
    ["instance34", "dmz-webserver-rhel-5", 2],
  ];
  for (const [name, profile, n] of creates) {
    await ok(t, ["create", "--profile", profile, "--hostname", `${name}.example.com`, "--container", host(n)], `${name}.example.com:${profile} created on ${host(n)}\n`);
  }
  const pxe = join(root, `${host(1)}-tftp`, "pxelinux.cfg");
  t.ok(existsSync(pxe), "pxe configs were written for the network installs");
});

t.test("from an instance: where am I running, and on what?", async (t) => {
  await ok(t, ["query", "--container"], `${host(1)}\n`, "instance1.example.com");
  await ok(t, ["query", "--container", "instance2.example.com"], `${host(1)}\n`);
  const storage = await ok(t, ["query", "--storage"], /^root: qcow2 volume instance1\.example\.com-root at (\S+) \(10 GiB\)\n$/, "instance1.example.com");
  const path = /at (\S+) /.exec(storage.stdout)![1]!;
  t.ok(existsSync(path), "the volume is a real file");
  await ok(t, ["query", "--profile"], "dmz-webserver-rhel-5\n", "instance1.example.com");
  await ok(t, ["query", "--profile", "proxy1.example.com"], "caching-reverse-proxy-rhel-5\n");
  await ok(t, ["query", "--instance-tags"], "dmz, webserver, rhel5\n", "instance1.example.com");
  await ok(t, ["query", "--container-tags"], "dell, dell-2850, 250gig-local-storage, dmz-interface, external-interface, PHX\n", "instance1.example.com");
});

t.test("on a container: its instances", async (t) => {
  await ok(t, ["list", "instances"], "instance1.example.com:dmz-webserver-rhel-5\ninstance2.example.com:dmz-webserver-rhel-5\nproxy1.example.com:caching-reverse-proxy-rhel-5\n", host(1));
  await ok(t, ["list", "instances", host(2)], "instance33.example.com:dmz-webserver-rhel-5\ninstance34.example.com:dmz-webserver-rhel-5\n");
  await ok(t, ["list", "status"], /^instance1\.example\.com:dmz-webserver-rhel-5\s+running\ninstance2\.example\.com:dmz-webserver-rhel-5\s+running\nproxy1\.example\.com:caching-reverse-proxy-rhel-5\s+running\n$/, host(1));
});

t.test("from the sysadmin's laptop: status, find-containers, migrations", async (t) => {
  const status = await ok(t, ["status", "all"], /container1\.example\.com\s+enabled\s+3\/8 slots\n    instance1\.example\.com:dmz-webserver-rhel-5\n/);
  t.match(status.stdout, /container3\.example\.com\s+disabled\s+0\/8 slots\s+\(waiting for disks, by \S+\)/);
  await ok(t, ["query", "find-containers", "instance1.example.com:dmz-webserver-rhel-5"], `${host(5)}\n${host(2)}\n`);
  const explain = await ok(t, ["query", "find-containers", "instance1.example.com", "--explain"], /container5\.example\.com\s+ok/);
  t.match(explain.stdout, /container1\.example\.com\s+no\s+the instance is already here/);
  t.match(explain.stdout, /container3\.example\.com\s+no\s+disabled \(waiting for disks\)/);
  t.match(explain.stdout, /container4\.example\.com\s+no\s+disabled; requirement not met: tags has dmz-interface/);
  await ok(t, ["migrate", "instance1.example.com:dmz-webserver-rhel-5"], `instance1.example.com:dmz-webserver-rhel-5 migrated to ${host(5)}\n`);
  await ok(t, ["migrate", "instance2.example.com:dmz-webserver-rhel-5", host(2)], `instance2.example.com:dmz-webserver-rhel-5 migrated to ${host(2)}\n`);
  await ok(t, ["query", "--container", "instance1.example.com"], `${host(5)}\n`);
  await ok(t, ["query", "--container-tags", host(3)], "disabled, dell, dell-2850, 250gig-local-storage, dmz-interface, external-interface, PHX\n");
  await ok(t, ["query", "status", host(3)], `${host(3)} is disabled (waiting for disks)\n`);
  await ok(t, ["container", "--enable", host(3)], `${host(3)} enabled\n`);
  await ok(t, ["query", "status", host(3)], `${host(3)} is enabled\n`);
});

t.test("creates: placed, and on a named host; spread keeps name servers apart", async (t) => {
  await ok(t, ["create", "--profile", "external-name-server-rhel5", "--hostname", "ns3.example.com"], `ns3.example.com:external-name-server-rhel5 created on ${host(3)}\n`);
  await ok(t, ["container", "--enable", host(4)], `${host(4)} enabled\n`);
  await ok(t, ["create", "--profile", "external-name-server-rhel5", "--hostname", "ns4.example.com", "--container", host(4)], `ns4.example.com:external-name-server-rhel5 created on ${host(4)}\n`);
  const explain = await ok(t, ["query", "find-containers", "--profile", "external-name-server-rhel5", "--explain"], /WHY NOT/);
  t.match(explain.stdout, /container3\.example\.com\s+no\s+spread violated: rack r14 already runs external-name-server-rhel5 \(ns3\.example\.com on container3\.example\.com\)/);
  t.match(explain.stdout, /container2\.example\.com\s+no\s+requirement not met: tags has external-interface/);
  const json = await ampm(["create", "--profile", "debian-squeeze-container", "--hostname", "tools1.example.com", "--category", "admin", "--json"]);
  t.equal(json.code, 0, json.stderr);
  const job = JSON.parse(json.stdout).job;
  t.match(job, { kind: "create", instance: "tools1.example.com", state: "done" });
  const tools = JSON.parse((await ampm(["query", "--container", "tools1.example.com", "--json"])).stdout);
  t.equal(tools.instance.category, "admin");
  t.equal(readFileSync(join(tools.instance.volumes[0].path, "etc", "debian_version"), "utf8"), "6.0.10\n", "the lxc template's rootfs is on the volume");
});

t.test("lifecycle: pause, resume, stop, start, destroy", async (t) => {
  await ok(t, ["pause", "ns3.example.com"], `ns3.example.com:external-name-server-rhel5 paused (on ${host(3)}, now paused)\n`);
  const again = await ampm(["pause", "ns3.example.com"]);
  t.equal(again.code, 1);
  t.match(again.stderr, /cannot pause ns3\.example\.com: it is paused/);
  await ok(t, ["resume", "ns3.example.com"], `ns3.example.com:external-name-server-rhel5 resumed (on ${host(3)}, now running)\n`);
  await ok(t, ["stop", "ns3.example.com"], /now shut off/);
  await ok(t, ["start", "ns3.example.com"], /now running/);
  const refused = await ampm(["destroy", "ns3.example.com"]);
  t.equal(refused.code, 2);
  t.match(refused.stderr, /add --yes/);
  const vol = JSON.parse((await ampm(["query", "--storage", "ns3.example.com", "--json"])).stdout).instance.volumes[0].path;
  await ok(t, ["destroy", "ns3.example.com", "--yes"], "ns3.example.com:external-name-server-rhel5 destroyed, with its volumes\n");
  t.notOk(existsSync(vol), "its volume is gone");
  const gone = await ampm(["query", "--container", "ns3.example.com"]);
  t.equal(gone.code, 3);
  t.match(gone.stderr, /no instance ns3\.example\.com on any host/);
});

t.test("evacuation: plan, then move everything off a host", async (t) => {
  await ok(t, ["container", "--disable", host(2), "--reason", "needs a break"], /disabled/);
  const plan = await ok(t, ["migrate", "--all", "--from", host(2), "--dry-run"], /^plan for container2\.example\.com:\n/);
  t.match(plan.stdout, /instance2\.example\.com:dmz-webserver-rhel-5\s+-> container/);
  t.match(plan.stdout, /instance33\.example\.com:dmz-webserver-rhel-5\s+-> container/);
  const run = await ok(t, ["migrate", "--all", "--from", host(2), "--parallel", "2"], /container2\.example\.com: 3 migrated, 0 failed, 0 without a place\n$/);
  t.match(run.stdout, /instance34\.example\.com:dmz-webserver-rhel-5 migrated to container\d\.example\.com/);
  const status = JSON.parse((await ampm(["status", "all", "--json"])).stdout);
  const where = new Map<string, string[]>();
  for (const h of status.hosts) for (const i of h.instances) where.set(i.hostname, [...(where.get(i.hostname) ?? []), h.identity]);
  t.same(where.get("instance2.example.com")?.length, 1);
  t.same(status.hosts.find((h: { identity: string }) => h.identity === host(2)).instances, [], "container2 is empty");
  t.same([...where.values()].filter((hosts) => hosts.length !== 1), [], "every instance is on exactly one host");
  t.equal(where.size, 7, "nothing was lost: 7 instances (8 created, ns3 destroyed)");
});

t.test("jobs: list and show", async (t) => {
  const list = await ok(t, ["job", "list"], /^JOB\s+HOST\s+KIND\s+INSTANCE\s+STATE/);
  t.match(list.stdout, /evacuate\s+done/);
  const jobs = JSON.parse((await ampm(["job", "list", "--json"])).stdout).jobs;
  const migration = jobs.find((j: { kind: string }) => j.kind === "migrate");
  await ok(t, ["job", "show", migration.id], new RegExp(`^job\\s+${migration.id}\\n`));
  const none = await ampm(["job", "show", "0000000000000000"]);
  t.equal(none.code, 3);
});
