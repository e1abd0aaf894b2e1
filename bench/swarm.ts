/**
 * A benchmark process: hosts `count` real agents (the Agent class with its
 * dispatcher, each with its own connection, as on real hosts) and as many
 * raw NATS responders (each with its own connection too), so the floor and
 * ampm run on the same processes and cores.
 *
 *   node dist/bench/swarm.js SERVER FIRST COUNT STATE_DIR
 * Prints "ready {rss, rawRss}" when every agent subscribed. AMPM_BENCH_SWARM_PART=raw
 * (or agents) hosts only the raw responders (or only the agents). With AMPM_BENCH_SWARM_HYPERVISOR=1
 * each agent is also a hypervisor host on the sim driver (8 slots, no plugins).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { resolveConfig } from "../agents/src/config.js";
import { Agent } from "../agents/src/daemon.js";
import { Deadlines } from "../agents/src/deadlines.js";
import type { HypervisorSettings } from "../agents/src/hypervisor/settings.js";
import { SECURITY_DEFAULTS, type SecuritySettings } from "../agents/src/security/index.js";
import { connectTransport, type Transport } from "../proto/wire/index.js";

export const SCATTER_SUBJECT = "bench.raw.scatter";
export const REQUEST_SUBJECT = "bench.raw.request";
/** Raw responders also answer on a subject of their own: the floor of direct addressing. */
export const rawNodeSubject = (i: number) => `bench.raw.node.${i}`;

/**
 * The raw floor: one publish on SCATTER_SUBJECT (or, with `direct`, one to each
 * raw responder's own subject), n replies gathered on one inbox: the time to the last.
 */
export function rawGather(transport: Transport, n: number, options: { direct?: boolean; timeoutMs?: number } = {}): Promise<number> {
  const { direct = false, timeoutMs = 10_000 } = options;
  const payload = new Uint8Array(direct ? 150 : 16);
  return new Promise((resolve, reject) => {
    const inbox = transport.newInbox("bench.inbox");
    let got = 0;
    const timer = setTimeout(() => (sub.unsubscribe(), reject(new Error(`raw gather: ${got}/${n} replies in ${timeoutMs} ms`))), timeoutMs);
    const started = performance.now();
    const sub = transport.subscribe(inbox, () => {
      if (++got === n) {
        clearTimeout(timer);
        sub.unsubscribe();
        resolve(performance.now() - started);
      }
    });
    if (direct) for (let i = 0; i < n; i++) transport.publish(rawNodeSubject(i), payload, inbox);
    else transport.publish(SCATTER_SUBJECT, payload, inbox);
  });
}
/** About the size of an ampm reply to a ping. */
export const REPLY_SIZE = 110;
export const benchIdentity = (i: number) => `bench${String(i).padStart(4, "0")}.example.com`;

/**
 * The agents' security: dev mode (unsigned requests, audited), the floor
 * is unsigned too; bench/run.ts measures signing on its own.
 */
function security(i: number): SecuritySettings {
  return { ...SECURITY_DEFAULTS, callers: [], mode: "dev", audit_stream: i === 0 };
}

/** How many processes a swarm is spread over (the machine has 2 cores; the broker and the caller need some). */
export const SWARM_PROCESSES = 4;

/** What a swarm process reports when it is ready: its RSS (bytes) then, and after its raw responders alone (before any agent). */
export interface SwarmReport {
  pid: number;
  rss: number;
  rawRss: number;
}

export interface SwarmOptions {
  hypervisor?: boolean;
  /** Default SWARM_PROCESSES. */
  processes?: number;
  /** Filled with each process's report. */
  reports?: SwarmReport[];
  /** Extra node flags for the swarm processes (e.g. a larger heap, a CPU profile). */
  execArgv?: string[];
  /** Only the raw responders, only the agents, or both (the default). */
  part?: "raw" | "agents" | "both";
}

/** Starts `n` agents over SWARM_PROCESSES processes of this program; resolves when all are ready. */
export async function startSwarm(server: string, n: number, dir: string, options: SwarmOptions = {}): Promise<ChildProcess[]> {
  const processes = options.processes ?? SWARM_PROCESSES;
  const per = Math.ceil(n / processes);
  const children: ChildProcess[] = [];
  const ready: Promise<void>[] = [];
  const env = { ...process.env, AMPM_BENCH_SWARM_HYPERVISOR: options.hypervisor ? "1" : "", AMPM_BENCH_SWARM_PART: options.part ?? "both" };
  for (let p = 0; p < processes; p++) {
    const first = p * per;
    const count = Math.min(per, n - first);
    if (count <= 0) break;
    const child = spawn(process.execPath, [...(options.execArgv ?? []), fileURLToPath(import.meta.url), server, String(first), String(count), dir], { stdio: ["ignore", "pipe", "inherit"], env });
    children.push(child);
    ready.push(
      new Promise((resolve, reject) => {
        let out = "";
        child.stdout!.on("data", (d) => {
          out += String(d);
          const line = /^ready (\{.*\})$/m.exec(out);
          if (!line) return;
          options.reports?.push({ pid: child.pid!, ...(JSON.parse(line[1]!) as { rss: number; rawRss: number }) });
          resolve();
        });
        child.once("exit", (code) => reject(new Error(`swarm exited with ${code}`)));
      }),
    );
  }
  await Promise.all(ready);
  return children;
}

/** Agents a swarm process starts at once. */
const START_CONCURRENCY = 16;

export async function stopSwarm(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.map((c) => new Promise((resolve) => (c.once("exit", resolve), c.kill("SIGTERM")))));
}

async function main(): Promise<void> {
  const [server, first, count, stateDir] = process.argv.slice(2);
  if (!server || !first || !count || !stateDir) throw new Error("usage: swarm SERVER FIRST COUNT STATE_DIR");
  const reply = new Uint8Array(REPLY_SIZE);
  const raw: Transport[] = [];
  const part = process.env.AMPM_BENCH_SWARM_PART || "both";
  for (let i = 0; i < (part === "agents" ? 0 : Number(count)); i++) {
    const transport = await connectTransport({ servers: [server], name: "bench raw responder" });
    const respond = (msg: { reply?: string }) => msg.reply && transport.publish(msg.reply, reply);
    transport.subscribe(SCATTER_SUBJECT, respond);
    transport.subscribe(rawNodeSubject(Number(first) + i), respond);
    if (i === 0) transport.subscribe(REQUEST_SUBJECT, respond);
    raw.push(transport);
  }
  const rawRss = process.memoryUsage().rss;
  const log = pino({ level: "silent" });
  const hypervisor = process.env.AMPM_BENCH_SWARM_HYPERVISOR === "1" ? { hypervisor: { driver: "sim", slots: 8, memory_mb: 65536, vcpus: 32 } as Partial<HypervisorSettings> as HypervisorSettings } : {};
  const agents: Agent[] = [];
  const deadlines = new Deadlines();
  // A few agents start at a time: each start is mostly round trips to the broker (its streams and buckets).
  let next = Number(first);
  const end = part === "raw" ? next : Number(first) + Number(count);
  await Promise.all(
    Array.from({ length: START_CONCURRENCY }, async () => {
      while (next < end) {
        const i = next++;
        const config = resolveConfig({}, { identity: benchIdentity(i), state_dir: `${stateDir}/${i}`, servers: [server], shipped_plugins: false, security: security(i), ...hypervisor });
        agents.push(await Agent.start({ config, log, deadlines }));
      }
    }),
  );
  await Promise.all(raw.map((t) => t.flush()));
  process.stdout.write(`ready ${JSON.stringify({ rss: process.memoryUsage().rss, rawRss })}\n`);
  // bench/profile.ts: SIGUSR2 starts a CPU profile, written to AMPM_BENCH_SWARM_PROFILE_DIR at SIGTERM.
  const profileDir = process.env.AMPM_BENCH_SWARM_PROFILE_DIR;
  let profiler: Session | undefined;
  if (profileDir) {
    process.on("SIGUSR2", () => {
      profiler = new Session();
      profiler.connect();
      void profiler.post("Profiler.enable").then(() => profiler!.post("Profiler.start"));
    });
  }
  process.on("SIGTERM", () => {
    void (async () => {
      if (profiler && profileDir) {
        const { profile } = await profiler.post("Profiler.stop");
        writeFileSync(`${profileDir}/swarm-${process.pid}.cpuprofile`, JSON.stringify(profile));
      }
      await Promise.all([...agents.map((a) => a.stop(100)), ...raw.map((t) => t.close())]);
    })().finally(() => process.exit(0));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
