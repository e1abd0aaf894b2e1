/**
 * The scale group: 1,000, 5,000 and 10,000 agents (AMPM_BENCH_SCALE_SIZES),
 * each a real Agent with its own connection, spread over the swarm's worker
 * processes (bench/swarm.ts), each writing its host registry entry. A
 * broker of its own for each size (bench/scale.conf), and per size:
 *
 *   registry discovery   client.discoverWith({}, { method: "registry" }): one read of ampm-hosts, filtered here
 *   broadcast discovery  rpcutil.ping to every host (method broadcast): time of the last reply
 *   fan-out ping         rpcutil.ping to the N identities, to the last reply
 *     vs raw scatter     one raw publish to N raw responders (their own connections, same processes), to the last reply
 *   RSS                  sum of the worker processes / N (and without the raw responders' share); the broker's
 *
 * Each agent and each raw responder holds a connection: 2N sockets on the
 * broker when both run at once (then the rounds alternate them), else the
 * floor is measured first on the N raw responders alone; the
 * file-descriptor limit is checked first (bench/run.sh raises it).
 */
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { connect, type Client } from "../client/src/index.js";
import { connectTransport } from "../proto/wire/index.js";
import { startBroker } from "../test/helpers/broker.js";
import { ROOT } from "../test/helpers/paths.js";
import { benchIdentity, rawGather, startSwarm, stopSwarm, SWARM_PROCESSES, type SwarmReport } from "./swarm.js";

export const SCALE_CONF = join(ROOT, "bench", "scale.conf");
const DEFAULT_SIZES = [1000, 5000, 10_000];
const ROUNDS = Number(process.env.AMPM_BENCH_SCALE_ROUNDS ?? 7);
/** File descriptors the bench needs besides its sockets. */
const FD_SLACK = 1000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r2 = (n: number) => Math.round(n * 100) / 100;
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function scaleSizes(): number[] {
  const env = process.env.AMPM_BENCH_SCALE_SIZES;
  if (!env) return DEFAULT_SIZES;
  const sizes = env.split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`AMPM_BENCH_SCALE_SIZES="${env}": a comma-separated list of agent counts, e.g. 1000,5000`);
  return sizes;
}

/** The soft limit on open files of this process (inherited by the broker and the swarm). */
function openFilesLimit(): number {
  const line = readFileSync("/proc/self/limits", "utf8").split("\n").find((l) => l.startsWith("Max open files"));
  const soft = line?.split(/\s{2,}/)[1];
  return soft === "unlimited" ? Infinity : Number(soft);
}

/** Resident set size of a process, bytes (0 when it is gone). */
export function rssOf(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Open file descriptors of a process (0 when it is gone). */
function openFds(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0;
  }
}

async function fanout(client: Client, targets: string[], timeoutMs: number): Promise<number> {
  const started = performance.now();
  const summary = await client.call("rpcutil", "ping", {}, { targets, timeoutMs }).summary;
  if (summary.ok !== targets.length) throw new Error(`ampm fan-out: ${summary.ok}/${targets.length} ok, ${summary.noResponse.length} no response`);
  return performance.now() - started;
}

/** Registry reads that did not list every host (recorded, not fatal: the other figures still count). */
let registryShort: string[] = [];

async function registryDiscovery(client: Client, n: number): Promise<number> {
  const started = performance.now();
  const found = await client.discoverWith({}, { method: "registry" });
  const ms = performance.now() - started;
  if (found.targets.length !== n) registryShort.push(`${found.targets.length}/${n} (${found.gone.length} gone)`);
  return ms;
}

async function broadcastDiscovery(client: Client, n: number, timeoutMs: number): Promise<number> {
  const { results, summary } = await client.ping({}, { discovery: { method: "broadcast", quietMs: 1000, timeoutMs } }).collect();
  if (summary.ok !== n) throw new Error(`broadcast discovery: ${summary.ok}/${n} replied`);
  return Math.max(...results.map((r) => r.rttMs));
}

/** The registry holds all n entries (each agent writes its own right after it subscribed; the last may still be in flight). */
async function registryFilled(client: Client, n: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const found = await client.discoverWith({}, { method: "registry" });
    if (found.targets.length === n) return;
    if (Date.now() > deadline) throw new Error(`the registry holds ${found.targets.length}/${n} hosts after 60 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function scaleBench(dir: string, rows: string[][]): Promise<Record<string, unknown>> {
  const sizes = scaleSizes();
  const limit = openFilesLimit();
  const need = Math.max(...sizes) + FD_SLACK;
  if (limit < need) {
    throw new Error(`the scale group at ${Math.max(...sizes)} agents needs at least ${need} open files per process (a socket a host on the broker), and this process may open ${limit}: raise it (as root: ulimit -n 65536; npm run bench raises it when it can), or choose smaller sizes with AMPM_BENCH_SCALE_SIZES`);
  }
  const out: Record<string, unknown> = { sizes, rounds: ROUNDS, processes: SWARM_PROCESSES, open_files_limit: limit };
  for (const n of sizes) {
    const broker = await startBroker(SCALE_CONF);
    const raw = await connectTransport({ servers: [broker.url], name: "bench raw" });
    const client = await connect({ servers: [broker.url], caller: "bench" });
    // N agents and N raw responders at once need 2N sockets on the broker: when the limit allows it, rounds
    // alternate the floor and ampm; else the floor is measured first, on N raw responders alone.
    const together = 2 * n + FD_SLACK <= limit;
    const timeoutMs = Math.max(10_000, n * 5);
    const samples = { registry: [] as number[], broadcast: [] as number[], raw: [] as number[], ampm: [] as number[] };
    const swarmArgs = { execArgv: [`--max-old-space-size=${Math.max(2048, Math.ceil(n / SWARM_PROCESSES) * 4)}`] };
    let swarm: ChildProcess[] = [];
    registryShort = [];
    try {
      if (!together) {
        swarm = await startSwarm(broker.url, n, join(dir, `scale-raw-${n}`), { ...swarmArgs, part: "raw" });
        for (let round = 0; round <= ROUNDS; round++) {
          const rawMs = await rawGather(raw, n, { timeoutMs });
          if (round > 0) samples.raw.push(rawMs);
        }
        await stopSwarm(swarm);
        swarm = [];
      }
      const reports: SwarmReport[] = [];
      const t0 = performance.now();
      swarm = await startSwarm(broker.url, n, join(dir, `scale-${n}`), { ...swarmArgs, reports, part: together ? "both" : "agents" });
      const startMs = performance.now() - t0;
      await registryFilled(client, n);
      const targets = Array.from({ length: n }, (_, i) => benchIdentity(i));
      // Rounds alternate the measurements, so drift on a busy machine hits all alike; the first is a warm-up.
      for (let round = 0; round <= ROUNDS; round++) {
        const registryMs = await registryDiscovery(client, n);
        const rawMs = together ? await rawGather(raw, n, { timeoutMs }) : undefined;
        const ampmMs = await fanout(client, targets, timeoutMs);
        const broadcastMs = round % 2 === 1 || ROUNDS < 3 ? await broadcastDiscovery(client, n, timeoutMs) : undefined;
        if (round === 0) continue;
        samples.registry.push(registryMs);
        if (rawMs !== undefined) samples.raw.push(rawMs);
        samples.ampm.push(ampmMs);
        if (broadcastMs !== undefined) samples.broadcast.push(broadcastMs);
      }
      const workers = reports.reduce((sum, r) => sum + rssOf(r.pid), 0);
      const rawShare = reports.reduce((sum, r) => sum + r.rawRss, 0);
      const brokerRss = rssOf(broker.process.pid!);
      const fds = { broker: openFds(broker.process.pid!), worker_max: Math.max(...reports.map((r) => openFds(r.pid))) };
      const m = {
        registry: r2(median(samples.registry)),
        broadcast: r2(median(samples.broadcast)),
        raw: r2(median(samples.raw)),
        ampm: r2(median(samples.ampm)),
      };
      out[n] = {
        agents: n,
        floor: together ? "interleaved with ampm, raw responders beside the agents" : "measured first, on N raw responders alone (2N sockets exceed the open-files limit)",
        swarm_start_s: r2(startMs / 1000),
        registry_discovery_ms: m.registry,
        broadcast_discovery_last_reply_ms: m.broadcast,
        raw_scatter_ms: m.raw,
        ampm_fanout_ms: m.ampm,
        fanout_ratio: r2(m.ampm / m.raw),
        workers_rss_mib: mib(workers),
        rss_per_agent_mib: r2(workers / n / 1024 / 1024),
        /** Less what the worker processes held before their first agent (node itself, and the raw responders when beside them). */
        rss_per_agent_own_mib: r2((workers - rawShare) / n / 1024 / 1024),
        broker_rss_mib: mib(brokerRss),
        open_fds: fds,
        ...(registryShort.length ? { registry_reads_short: registryShort } : {}),
      };
      rows.push([`scale ${n}: registry discovery`, "", `${m.registry} ms`, "", n === 10_000 ? "<= 1000 ms" : ""]);
      rows.push([`  broadcast discovery, last reply`, "", `${m.broadcast} ms`, "", ""]);
      rows.push([`  fan-out ping vs raw scatter${together ? "" : " (floor first)"}`, `${m.raw} ms`, `${m.ampm} ms`, `${r2(m.ampm / m.raw)}x`, ""]);
      rows.push([`  RSS per agent (workers / N); broker`, "", `${r2(workers / n / 1024 / 1024)} MiB; ${mib(brokerRss)} MiB`, "", ""]);
    } catch (err) {
      // One size failing (a timeout at 10,000 on a busy machine) keeps the others' figures.
      out[n] = { agents: n, error: (err as Error).message };
      rows.push([`scale ${n}: failed`, "", (err as Error).message.slice(0, 80), "", ""]);
    } finally {
      await stopSwarm(swarm);
      await client.close().catch(() => undefined);
      await raw.close().catch(() => undefined);
      await broker.stop();
    }
  }
  return out;
}
