/**
 * npm run bench: ampm against the raw NATS floor, measured in one run on
 * one broker. Prints a table and writes bench/results.json.
 *
 *   fan-out     rpcutil.ping to N agents (direct, targets known) vs raw scatter-gather to N subscribers;
 *               then again with the broker no longer keeping audit records (the stream deleted)
 *   throughput  rpcutil.ping to one agent, 100 in flight vs raw request/reply, 100 in flight
 *   signing     the same, signed by the caller and verified by an agent in enforce mode, vs unsigned (dev mode)
 *   plugin      an external action through the mesh vs spawning the same script directly
 *   redeploy    a 1,000-file image: rsync (again, unchanged) vs a full copy
 *   migrate     the stream (agents/src/transfer) vs raw NATS and TCP loopback; resume at 50%; 256 MiB
 *               between two sim hosts vs the raw NATS stream and the object store; 20 instances
 *               evacuated off a host (bench/migration.ts)
 *   cli start   `ampm --version` vs `node -e 0`
 *   serve       ampm serve on five sim hypervisors: GET /api/v1/hosts vs Fleet.hosts(); page load in chromium (bench/serve.ts)
 *   scale       1,000 / 5,000 / 10,000 agents (AMPM_BENCH_SCALE_SIZES): registry and broadcast discovery, fan-out ping
 *               vs raw scatter at the same N, RSS per agent and the broker's (bench/scale.ts)
 *
 * Groups can be run alone: npm run bench -- migrate (fanout, throughput, plugin, redeploy,
 * migrate, cli, serve, scale); bench/results.json keeps the other groups' last figures.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { PluginCatalog } from "../agents/src/plugins/catalog.js";
import { connect, type Client } from "../client/src/index.js";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect as natsConnect } from "@nats-io/transport-node";
import { AUDIT_STREAM, connectTransport, SigningKey } from "../proto/wire/index.js";
import { startAgent } from "../test/helpers/agents.js";
import { startBroker } from "../test/helpers/broker.js";
import { CLI_BIN, ROOT } from "../test/helpers/paths.js";
import { migrationBench } from "./migration.js";
import { scaleBench, scaleSizes } from "./scale.js";
import { serveBench } from "./serve.js";
import { benchIdentity, rawGather, REQUEST_SUBJECT, startSwarm, stopSwarm, SWARM_PROCESSES } from "./swarm.js";

const ROUNDS = Number(process.env.AMPM_BENCH_ROUNDS ?? 25);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r2 = (n: number) => Math.round(n * 100) / 100;

/** Deletes the audit stream: agents keep publishing their records, and the broker no longer stores them. */
async function withoutAuditStream(server: string): Promise<void> {
  const nc = await natsConnect({ servers: server });
  try {
    const deleted = await (await jetstreamManager(nc)).streams.delete(AUDIT_STREAM).catch((err: Error) => err);
    if (deleted !== true) throw new Error(`the audit stream should exist here, and could not be deleted: ${String(deleted)}`);
  } finally {
    await nc.close();
  }
}

async function ampmFanout(client: Client, targets: string[]): Promise<number> {
  const started = performance.now();
  const summary = await client.call("rpcutil", "ping", {}, { targets, timeoutMs: 10_000 }).summary;
  if (summary.ok !== targets.length) throw new Error(`ampm fan-out: ${summary.ok}/${targets.length} ok`);
  return performance.now() - started;
}

/** Runs the measurements in turn, round after round (so drift on a busy machine hits all alike); medians. */
async function interleaved(fns: (() => Promise<number>)[], n = ROUNDS, warmup = 3): Promise<number[]> {
  const samples = fns.map(() => [] as number[]);
  for (let round = 0; round < warmup + n; round++) {
    for (const [i, fn] of fns.entries()) {
      const ms = await fn();
      if (round >= warmup) samples[i]!.push(ms);
    }
  }
  return samples.map(median);
}

async function throughput(inFlight: number, total: number, one: () => Promise<void>): Promise<number> {
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (started++ < total) await one();
    }),
  );
  return total / ((performance.now() - t0) / 1000);
}

function timeCommand(args: string[], n = 15): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Redeploy of a 1,000-file image (64 KiB each): rsync (into an empty volume,
 * again with nothing changed, with 10 files changed) against a full copy
 * (empty the volume, cp -a the image), both run directly; and the unchanged
 * rsync through the dir plugin, as ampm redeploy runs it.
 */
async function redeployBench(dir: string, rows: string[][]): Promise<Record<string, unknown>> {
  const image = join(dir, "image");
  mkdirSync(join(image, "usr", "lib"), { recursive: true });
  for (let i = 0; i < 1000; i++) writeFileSync(join(image, "usr", "lib", `file${i}`), randomBytes(64 * 1024));
  const plugins = new PluginCatalog({
    dirs: [join(ROOT, "agents", "plugins", "storage")],
    stateDir: join(dir, "plugin-state"),
    config: { dir: { root: join(dir, "volumes") } },
    facts: () => ({}),
    log: pino({ level: "silent" }),
    reserved: [],
  });
  await plugins.load();
  const ctx = () => ({ requestId: "bench", caller: "bench", deadline: Date.now() + 600_000, log: pino({ level: "silent" }) });
  await plugins.call("dir", "create", { volume: "vm" }, ctx());
  const volume = join(dir, "volumes", "vm");
  const timed = (argv: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(argv[0]!, argv.slice(1));
    if (r.status !== 0) throw new Error(`${argv[0]} failed: ${r.stderr}`);
    return performance.now() - t0;
  };
  const rsync = () => timed(["rsync", "-a", "--delete", `${image}/`, `${volume}/`]);
  const fullCopy = () => {
    const t0 = performance.now();
    rmSync(volume, { recursive: true, force: true });
    mkdirSync(volume);
    timed(["cp", "-a", `${image}/.`, volume]);
    return performance.now() - t0;
  };
  const viaPlugin = async () => {
    const t0 = performance.now();
    const out = await plugins.call("dir", "sync", { volume: "vm", source: image }, ctx());
    if (out.status !== 0) throw new Error(`sync: ${out.message}`);
    return performance.now() - t0;
  };
  const times = { first: [] as number[], unchanged: [] as number[], changed10: [] as number[], copy: [] as number[], plugin: [] as number[] };
  for (let round = 0; round < 3; round++) {
    rmSync(volume, { recursive: true, force: true });
    mkdirSync(volume);
    times.first.push(rsync());
    times.unchanged.push(rsync());
    times.plugin.push(await viaPlugin());
    for (let i = 0; i < 10; i++) writeFileSync(join(image, "usr", "lib", `file${round * 10 + i}`), randomBytes(64 * 1024));
    times.changed10.push(rsync());
    times.copy.push(fullCopy());
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, r2(median(v))])) as Record<keyof typeof times, number>;
  rows.push(["redeploy 1000 files (64 MiB): full copy vs rsync again", `${m.copy} ms`, `${m.unchanged} ms`, `${r2(m.unchanged / m.copy)}x`, "rsync wins"]);
  rows.push(["  rsync: into empty / 10 changed / via the plugin", "", `${m.first} / ${m.changed10} / ${m.plugin} ms`, "", ""]);
  return { files: 1000, file_bytes: 65536, full_copy_ms: m.copy, rsync_first_ms: m.first, rsync_unchanged_ms: m.unchanged, rsync_10_changed_ms: m.changed10, plugin_sync_unchanged_ms: m.plugin };
}

const GROUPS = ["fanout", "throughput", "plugin", "redeploy", "migrate", "cli", "serve", "scale"];

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((g) => !GROUPS.includes(g));
  if (unknown.length > 0) throw new Error(`no benchmark group ${unknown.join(", ")}: the groups are ${GROUPS.join(", ")}`);
  const want = (group: string) => asked.length === 0 || asked.includes(group);
  const broker = await startBroker();
  const dir = mkdtempSync(join(tmpdir(), "ampm-bench-"));
  const raw = await connectTransport({ servers: [broker.url], name: "bench raw" });
  const client = await connect({ servers: [broker.url], caller: "bench" });
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.versions.node, rounds: ROUNDS, swarm_processes: SWARM_PROCESSES },
  };
  const rows: string[][] = [];
  try {
    const fanout: Record<string, unknown> = {};
    for (const n of want("fanout") ? [100, 1000] : []) {
      const swarm = await startSwarm(broker.url, n, join(dir, String(n)));
      const targets = Array.from({ length: n }, (_, i) => benchIdentity(i));
      const [rawMs, rawDirectMs, ampmMs] = await interleaved([() => rawGather(raw, n), () => rawGather(raw, n, { direct: true }), () => ampmFanout(client, targets)]);
      const discovery = await client.ping({}, { discovery: { quietMs: 300, timeoutMs: 5000 } }).collect();
      const broadcastMs = Math.max(...discovery.results.map((r) => r.rttMs));
      // The same without the broker keeping audit records (each host still writes its file and publishes).
      await withoutAuditStream(broker.url);
      const [rawNoStreamMs, ampmNoStreamMs] = await interleaved([() => rawGather(raw, n), () => ampmFanout(client, targets)]);
      await stopSwarm(swarm);
      fanout[n] = {
        raw_scatter_ms: r2(rawMs!),
        raw_direct_ms: r2(rawDirectMs!),
        ampm_fanout_ms: r2(ampmMs!),
        ratio: r2(ampmMs! / rawMs!),
        ratio_to_raw_direct: r2(ampmMs! / rawDirectMs!),
        broadcast_discovery_last_reply_ms: r2(broadcastMs),
        discovered: discovery.summary.ok,
        without_audit_stream: { raw_scatter_ms: r2(rawNoStreamMs!), ampm_fanout_ms: r2(ampmNoStreamMs!), ratio: r2(ampmNoStreamMs! / rawNoStreamMs!) },
      };
      rows.push([`fan-out ping, ${n} agents`, `${r2(rawMs!)} ms`, `${r2(ampmMs!)} ms`, `${r2(ampmMs! / rawMs!)}x`, n === 1000 ? "<= 1.3x" : ""]);
      rows.push([`  floor of direct addressing, ${n}`, `${r2(rawDirectMs!)} ms`, `${r2(ampmMs!)} ms`, `${r2(ampmMs! / rawDirectMs!)}x`, ""]);
      rows.push([`  without the audit stream, ${n}`, `${r2(rawNoStreamMs!)} ms`, `${r2(ampmNoStreamMs!)} ms`, `${r2(ampmNoStreamMs! / rawNoStreamMs!)}x`, ""]);
    }
    if (want("fanout")) results.fanout = fanout;

    if (want("throughput")) {
      const swarm = await startSwarm(broker.url, 1, join(dir, "rr"));
      const agent = await startAgent(broker.url, { identity: "throughput.example.com" }, dir);
      const total = Number(process.env.AMPM_BENCH_REQUESTS ?? 20_000);
      const rawRps = await throughput(100, total, async () => void (await raw.request(REQUEST_SUBJECT, new Uint8Array(16), 5000)));
      const pings = (c: Client, identity: string) => async () => {
        const s = await c.call("rpcutil", "ping", {}, { targets: [identity], timeoutMs: 5000 }).summary;
        if (s.ok !== 1) throw new Error(`throughput to ${identity}: ${JSON.stringify(s.failed)}`);
      };
      const ampmRps = await throughput(100, total, pings(client, "throughput.example.com"));
      await stopSwarm(swarm);
      results.throughput = { in_flight: 100, requests: total, raw_rps: Math.round(rawRps), ampm_rps: Math.round(ampmRps), ratio: r2(ampmRps / rawRps) };
      rows.push(["throughput, 1 agent, 100 in flight", `${Math.round(rawRps)} req/s`, `${Math.round(ampmRps)} req/s`, `${r2(ampmRps / rawRps)}x`, ">= 0.5x"]);

      // Signed (ed25519 by the caller) and verified (by an agent in enforce mode) against unsigned (dev mode), in turns.
      const key = SigningKey.generate();
      const { file: keyFile } = key.writeFile(join(dir, "keys", "bench.nk"), "bench caller");
      const trustedFile = join(dir, "trusted.yaml");
      writeFileSync(trustedFile, `callers:\n  - { name: bench, key: ${key.publicKey}, roles: [operator] }\n`);
      const enforcing = await startAgent(broker.url, { identity: "signed.example.com", config: { security: { mode: "enforce", trusted_file: trustedFile } } }, dir);
      const signer = await connect({ servers: [broker.url], key: keyFile });
      const unsignedRuns: number[] = [];
      const signedRuns: number[] = [];
      for (let round = 0; round < 3; round++) {
        unsignedRuns.push(await throughput(100, total / 2, pings(client, "throughput.example.com")));
        signedRuns.push(await throughput(100, total / 2, pings(signer, "signed.example.com")));
      }
      await signer.close();
      await enforcing.stop();
      await agent.stop();
      const unsignedRps = median(unsignedRuns);
      const signedRps = median(signedRuns);
      results.signing = { in_flight: 100, requests_per_run: total / 2, runs: 3, unsigned_rps: Math.round(unsignedRps), signed_rps: Math.round(signedRps), ratio: r2(signedRps / unsignedRps), lower_pct: r2((1 - signedRps / unsignedRps) * 100) };
      rows.push(["throughput signed + verified (floor: unsigned)", `${Math.round(unsignedRps)} req/s`, `${Math.round(signedRps)} req/s`, `${r2(signedRps / unsignedRps)}x`, ">= 0.85x"]);
    }

    if (want("plugin")) {
      const pluginAgent = await startAgent(
        broker.url,
        { identity: "plugins.example.com", config: { plugin_dirs: [join(ROOT, "examples", "plugins"), join(ROOT, "bench", "plugins")] } },
        dir,
      );
      const plugin: Record<string, unknown> = {};
      for (const [name, action, script] of [
        ["sysinfo", "uptime", join(ROOT, "examples", "plugins", "sysinfo", "sysinfo")],
        ["shecho", "run", join(ROOT, "bench", "plugins", "shecho", "shecho")],
      ] as const) {
        const input = JSON.stringify({ protocol: "ampm.plugin.v1", plugin: name, action, data: {} });
        const spawnOnce = () =>
          new Promise<number>((resolve, reject) => {
            const t0 = performance.now();
            const child = spawn(script, [], { stdio: ["pipe", "pipe", "ignore"] });
            let out = "";
            child.stdout!.on("data", (d) => (out += d));
            child.on("close", (code) => (code === 0 && out.includes('"statuscode": 0') ? resolve(performance.now() - t0) : reject(new Error(`${name}: ${code} ${out}`))));
            child.stdin!.end(input);
          });
        const meshOnce = async () => {
          const t0 = performance.now();
          const s = await client.call(name, action, {}, { targets: ["plugins.example.com"] }).summary;
          if (s.ok !== 1) throw new Error(`${name} through the mesh: ${JSON.stringify(s.failed)}`);
          return performance.now() - t0;
        };
        const [directMs, meshMs] = await interleaved([spawnOnce, meshOnce], 30, 3);
        plugin[name] = { direct_spawn_ms: r2(directMs!), through_mesh_ms: r2(meshMs!), added_ms: r2(meshMs! - directMs!), ratio: r2(meshMs! / directMs!) };
        rows.push([`external action ${name}.${action}`, `${r2(directMs!)} ms`, `${r2(meshMs!)} ms`, `${r2(meshMs! / directMs!)}x`, name === "sysinfo" ? "<= 1.3x" : `+${r2(meshMs! - directMs!)} ms`]);
      }
      await pluginAgent.stop();
      results.plugin = plugin;
    }

    if (want("redeploy")) results.redeploy = await redeployBench(dir, rows);
    if (want("migrate")) Object.assign(results, await migrationBench(broker.url, client, dir, rows));

    if (want("cli")) {
      const nodeMs = timeCommand(["-e", "0"]);
      const cliMs = timeCommand([CLI_BIN, "--version"]);
      results.cli_start = { node_ms: r2(nodeMs), ampm_version_ms: r2(cliMs), ratio: r2(cliMs / nodeMs) };
      rows.push(["cli start (ampm --version)", `${r2(nodeMs)} ms`, `${r2(cliMs)} ms`, `${r2(cliMs / nodeMs)}x`, "<= 3x"]);
    }
    if (want("serve")) results.serve = { date: new Date().toISOString(), ...(await serveBench(broker.url, rows, ROUNDS)) };
    if (want("scale")) {
      // Sizes run alone (AMPM_BENCH_SCALE_SIZES) keep the other sizes' last figures.
      const file = join(ROOT, "bench", "results.json");
      const last = existsSync(file) ? ((JSON.parse(readFileSync(file, "utf8")) as { scale?: Record<string, unknown> }).scale ?? {}) : {};
      const scale = await scaleBench(dir, rows);
      const sized = Object.fromEntries(scaleSizes().map((n) => [n, { date: new Date().toISOString(), ...(scale[n] as object) }]));
      results.scale = { ...last, ...scale, ...sized, sizes: [...new Set([...((last.sizes as number[] | undefined) ?? []), ...scaleSizes()])].sort((a, b) => a - b) };
    }
  } finally {
    await client.close().catch(() => undefined);
    await raw.close().catch(() => undefined);
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const header = ["benchmark", "floor (raw)", "ampm", "ratio", "target"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  // A run of some groups keeps the others' last figures.
  const file = join(ROOT, "bench", "results.json");
  const before = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...before, ...results }, null, 2)}\n`);
  console.log("\nwrote bench/results.json");
}

await main();
