/**
 * Where an agent's CPU goes under fan-out: N bench agents (bench/swarm.ts,
 * 1,000 by default) pinged ROUNDS times with the targets known, and the raw
 * responders in the same processes scattered to as often. Prints the swarm
 * processes' CPU time (user + system, /proc) per request for each, and with
 * a directory given, the swarm processes take a CPU profile (the inspector's
 * Profiler) of the ampm rounds, and its top files and functions by self
 * time are printed.
 *
 *   node dist/bench/profile.js [N] [ROUNDS] [PROFILE_DIR]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { connect } from "../client/src/index.js";
import { connectTransport } from "../proto/wire/index.js";
import { startBroker } from "../test/helpers/broker.js";
import { ROOT } from "../test/helpers/paths.js";
import { benchIdentity, SCATTER_SUBJECT, startSwarm, stopSwarm, type SwarmReport } from "./swarm.js";

const TICKS = 100; // USER_HZ

function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks / TICKS) * 1000;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function topFunctions(dir: string, limit = 30): void {
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(join(dir, name), "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id)!;
      const us = profile.timeDeltas[i] ?? 0;
      const url = node.callFrame.url.replace(/^file:\/\//, "");
      const where = url ? relative(ROOT, url) : "(native)";
      const key = `${node.callFrame.functionName || "(anonymous)"}  ${where}:${node.callFrame.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + us);
      const file = node.callFrame.functionName === "(idle)" ? "(idle)" : where.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, "node_modules/$1");
      files.set(file, (files.get(file) ?? 0) + us);
      total += us;
    });
  }
  const show = (title: string, m: Map<string, number>, n: number) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
  };
  show("by file (self time)", files, 25);
  show("by function (self time)", self, limit);
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1000);
  const rounds = Number(process.argv[3] ?? 40);
  const profileDir = process.argv[4];
  const broker = await startBroker();
  const dir = mkdtempSync(join(tmpdir(), "ampm-profile-"));
  const raw = await connectTransport({ servers: [broker.url], name: "bench raw" });
  const client = await connect({ servers: [broker.url], caller: "bench" });
  const reports: SwarmReport[] = [];
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  if (profileDir) process.env.AMPM_BENCH_SWARM_PROFILE_DIR = profileDir;
  const swarm = await startSwarm(broker.url, n, join(dir, "swarm"), { reports });
  const pids = reports.map((r) => r.pid);
  const targets = Array.from({ length: n }, (_, i) => benchIdentity(i));
  const scatter = () =>
    new Promise<void>((resolve) => {
      const inbox = raw.newInbox("bench.inbox");
      let got = 0;
      const sub = raw.subscribe(inbox, () => ++got === n && (sub.unsubscribe(), resolve()));
      raw.publish(SCATTER_SUBJECT, new Uint8Array(16), inbox);
    });
  const ping = async () => {
    const s = await client.call("rpcutil", "ping", {}, { targets, timeoutMs: 10_000 }).summary;
    if (s.ok !== n) throw new Error(`${s.ok}/${n}`);
  };
  const settle = () => new Promise((r) => setTimeout(r, 300));
  try {
    for (let i = 0; i < 5; i++) await ping();
    await settle();
    // What the swarm spends doing nothing asked (heartbeats, timers), per ms: taken off both figures.
    const idleStart = cpuMs(pids);
    const idleT0 = performance.now();
    await new Promise((r) => setTimeout(r, 5000));
    const idlePerMs = (cpuMs(pids) - idleStart) / (performance.now() - idleT0);
    const measure = async (fn: () => Promise<void>) => {
      const before = cpuMs(pids);
      const t0 = performance.now();
      for (let i = 0; i < rounds; i++) await fn();
      const wall = (performance.now() - t0) / rounds;
      await new Promise((r) => setTimeout(r, 1500)); // the audit batches after the last round count too (shipped within a second)
      const busyMs = cpuMs(pids) - before - idlePerMs * (performance.now() - t0);
      return { cpuUsPerRequest: (busyMs * 1000) / (rounds * n), wallMs: wall };
    };
    const rawCost = await measure(scatter);
    if (profileDir) {
      for (const c of swarm) c.kill("SIGUSR2");
      await settle();
    }
    const ampmCost = await measure(ping);
    console.log(`${n} agents, ${rounds} rounds; swarm CPU per request (user+system, less the idle ${(idlePerMs * 100).toFixed(1)}% of a core):`);
    console.log(`  raw responder  ${rawCost.cpuUsPerRequest.toFixed(1)} µs   (round ${rawCost.wallMs.toFixed(1)} ms)`);
    console.log(`  ampm agent     ${ampmCost.cpuUsPerRequest.toFixed(1)} µs   (round ${ampmCost.wallMs.toFixed(1)} ms)   ratio ${(ampmCost.wallMs / rawCost.wallMs).toFixed(2)}x`);
  } finally {
    await stopSwarm(swarm);
    await client.close();
    await raw.close();
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  if (profileDir) topFunctions(profileDir);
}

await main();
