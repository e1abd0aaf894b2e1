/**
 * Migration and evacuation benchmarks on sim hypervisors with dir volumes
 * (the migrate group: npm run bench -- migrate):
 *
 *   stream    256 MiB file to file through agents/src/transfer (random; compressible with and
 *             without deflate) vs the raw NATS core stream of the same bytes and TCP loopback,
 *             5 rounds after a warm-up (AMPM_BENCH_STREAM_ROUNDS); the speed ratio is each round's (floor and
 *             stream back to back), then their median. Random bytes also with the receiving end
 *             in a process of its own, for the floor and the stream alike (bench/stream-end.ts)
 *   resume    the receiver stopped at 50% (its journal kept), a new one finishing the transfer,
 *             vs the whole transfer from scratch
 *   migrate   an instance with 256 MiB of data on its volume, host A to host B (stop, export
 *             through the dir plugin as tar, stream, sha256, import, start) vs the raw NATS
 *             stream and the JetStream object store (put + get) of the same bytes
 *   evacuate  20 instances off host A onto B and C, planned by the caller, all started at once
 *             under a migration budget of 4 (fleet-wide leases, agents/src/budget): total time
 *             and the most migrations seen moving data at once
 *   1 GiB     with AMPM_BENCH_GIB=1 (too slow for the default run): the stream of 1 GiB random
 *             and compressible bytes vs the raw NATS core stream and TCP loopback, one round
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Objm } from "@nats-io/obj";
import { connect as natsConnect } from "@nats-io/transport-node";
import { Fleet, resolveProfile, setBudget, type Client } from "../client/src/index.js";
import { receiveFile, StreamSender } from "../agents/src/transfer/index.js";
import { connectTransport, decodeJson } from "../proto/wire/index.js";
import { ampmStream, rawNatsStream, sha256Hex, tcpLoopback } from "./stream.js";
import { startAgent, type AgentProcess } from "../test/helpers/agents.js";
import { hypervisorHost } from "../test/helpers/hypervisor.js";

const MIB = 1024 * 1024;
const r2 = (n: number) => Math.round(n * 100) / 100;

/** The same bytes through the object store, raw: one connection puts, another gets and hashes. */
async function rawObjectStore(server: string, data: Uint8Array): Promise<number> {
  const put = await natsConnect({ servers: server });
  const get = await natsConnect({ servers: server });
  try {
    const t0 = performance.now();
    const bucket = await new Objm(put).create("bench-raw");
    await bucket.putBlob({ name: "volume" }, data);
    const reader = await (await new Objm(get).open("bench-raw")).get("volume");
    if (!reader) throw new Error("raw object store: the object is gone");
    const hash = createHash("sha256");
    for await (const chunk of reader.data) hash.update(chunk);
    hash.digest("hex");
    const ms = performance.now() - t0;
    await bucket.destroy();
    return ms;
  } finally {
    await put.close();
    await get.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mbps = (bytes: number, ms: number) => Math.round(bytes / MIB / (ms / 1000));

/** Text-like data: deflate level 1 packs it to about a third (built in pieces: a string cannot hold 1 GiB). */
function compressible(size: number): Buffer {
  const words = "volume migration stream chunk credit window journal resume hypervisor instance ".split(" ");
  const pieces: Buffer[] = [];
  let n = 0;
  let seed = 7;
  while (n < size) {
    const parts: string[] = [];
    let m = 0;
    while (m < 16 * MIB) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const w = `${words[seed % words.length]}${seed % 97} `;
      parts.push(w);
      m += w.length;
    }
    const piece = Buffer.from(parts.join(""));
    pieces.push(piece);
    n += piece.byteLength;
  }
  return Buffer.concat(pieces).subarray(0, size);
}

/** 1 GiB through the stream, random and compressible, against the raw NATS stream and TCP loopback of the same bytes: one round each. */
async function gibBench(server: string, dir: string, rows: string[][]): Promise<Record<string, unknown>> {
  const size = 1024 * MIB;
  const root = join(dir, "gib");
  mkdirSync(root, { recursive: true });
  const to = join(root, "out");
  const clean = () => {
    rmSync(to, { force: true });
    rmSync(`${to}.progress`, { force: true });
  };
  const out: Record<string, number> = {};
  for (const kind of ["random", "compressible"] as const) {
    const data = kind === "random" ? randomBytes(size) : compressible(size);
    const file = join(root, kind);
    writeFileSync(file, data);
    const sum = sha256Hex(data);
    const raw = await rawNatsStream(server, data);
    const tcp = await tcpLoopback(data);
    clean();
    const ampm = (await ampmStream(server, file, size, sum, to)).ms;
    clean();
    rmSync(file, { force: true });
    Object.assign(out, { [`${kind}_raw_nats_ms`]: r2(raw), [`${kind}_tcp_loopback_ms`]: r2(tcp), [`${kind}_ampm_ms`]: r2(ampm) });
    rows.push([`stream 1 GiB ${kind} (floor: raw NATS stream)`, `${r2(raw)} ms`, `${r2(ampm)} ms`, `${r2(raw / ampm)}x speed`, ">= 0.5x"]);
    rows.push([`  raw NATS / TCP loopback / ampm stream, MB/s`, `${mbps(size, raw)} / ${mbps(size, tcp)}`, `${mbps(size, ampm)}`, "", ""]);
  }
  return { stream_1gib: { bytes: size, rounds: 1, ...out } };
}

/** The transfer module alone against the raw floors, in turns (medians; ratios per round, then their median); and resume after a stop at 50%. */
async function streamBench(server: string, dir: string, rows: string[][]): Promise<Record<string, unknown>> {
  const size = Number(process.env.AMPM_BENCH_STREAM_MIB ?? 256) * MIB;
  const root = join(dir, "stream");
  mkdirSync(root, { recursive: true });
  const random = randomBytes(size);
  const text = compressible(size);
  const files = { random: join(root, "random"), text: join(root, "text") };
  writeFileSync(files.random, random);
  writeFileSync(files.text, text);
  const sums = { random: sha256Hex(random), text: sha256Hex(text) };
  const to = join(root, "out");
  const clean = () => {
    rmSync(to, { force: true });
    rmSync(`${to}.progress`, { force: true });
  };
  const t = { raw: [] as number[], tcp: [] as number[], random: [] as number[], text: [] as number[], textDeflate: [] as number[], rawSplit: [] as number[], randomSplit: [] as number[] };
  let deflateWire = 0;
  const rounds = Number(process.env.AMPM_BENCH_STREAM_ROUNDS ?? 5);
  // Round 0 warms up (the code's first runs, the worker threads, the files' pages) and is not counted.
  for (let round = 0; round <= rounds; round++) {
    if (round === 1) for (const v of Object.values(t)) v.length = 0;
    t.raw.push(await rawNatsStream(server, random));
    t.tcp.push(await tcpLoopback(random));
    clean();
    t.random.push((await ampmStream(server, files.random, size, sums.random, to)).ms);
    clean();
    t.text.push((await ampmStream(server, files.text, size, sums.text, to)).ms);
    clean();
    const d = await ampmStream(server, files.text, size, sums.text, to, { compression: "deflate" });
    t.textDeflate.push(d.ms);
    deflateWire = d.wireBytes;
    clean();
    t.rawSplit.push(await rawNatsStream(server, random, "two processes"));
    t.randomSplit.push((await ampmStream(server, files.random, size, sums.random, to, {}, "two processes")).ms);
    clean();
  }
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, r2(median(v))])) as Record<keyof typeof t, number>;
  // Each round's floor and stream ran back to back: their ratio is taken per round, then the median of those.
  const ratios = t.raw.map((raw, i) => r2(raw / t.random[i]!));
  const splitRatios = t.rawSplit.map((raw, i) => r2(raw / t.randomSplit[i]!));
  const ratio = median(ratios);
  const splitRatio = median(splitRatios);
  rows.push([`stream ${size / MIB} MiB random, both ends in one process (floor: raw NATS stream)`, `${m.raw} ms`, `${m.random} ms`, `${ratio}x speed`, ">= 0.5x"]);
  rows.push([`  raw NATS / TCP loopback / ampm stream, MB/s`, `${mbps(size, m.raw)} / ${mbps(size, m.tcp)}`, `${mbps(size, m.random)}`, `rounds: ${ratios.join(" ")}`, ""]);
  rows.push([`stream ${size / MIB} MiB random, each end in its own process (floor: the same)`, `${m.rawSplit} ms`, `${m.randomSplit} ms`, `${splitRatio}x speed`, ">= 0.5x"]);
  rows.push([`  raw NATS / ampm stream, MB/s`, `${mbps(size, m.rawSplit)}`, `${mbps(size, m.randomSplit)}`, `rounds: ${splitRatios.join(" ")}`, ""]);
  rows.push([`  compressible ${size / MIB} MiB: none / deflate 1`, "", `${m.text} / ${m.textDeflate} ms`, `${r2(deflateWire / size)} on the wire`, ""]);

  // Resume: the receiver stops once half is durable, a new one carries on (the sender keeps serving).
  const resume = async (): Promise<{ firstMs: number; finishMs: number; resumedFrom: number }> => {
    clean();
    const a = await connectTransport({ servers: [server], name: "bench resume src" });
    const b = await connectTransport({ servers: [server], name: "bench resume tgt" });
    try {
      const id = `resume${Math.random().toString(36).slice(2)}`;
      const sender = new StreamSender({ transport: a, id, self: "src.bench", peer: "tgt.bench", files: [{ file: files.random, bytes: size }] }).start();
      await a.flush();
      const stop = new AbortController();
      const common = { transport: b, id, self: "tgt.bench", peer: "src.bench", file: 0, path: to, bytes: size, sha256: sums.random };
      const t0 = performance.now();
      await receiveFile({ ...common, signal: stop.signal, onDurable: (o) => o * 2 >= size && stop.abort() }).catch(() => undefined);
      const firstMs = performance.now() - t0;
      const t1 = performance.now();
      const r = await receiveFile(common);
      const finishMs = performance.now() - t1;
      await sender.stop();
      return { firstMs, finishMs, resumedFrom: r.resumedFrom };
    } finally {
      await a.close();
      await b.close();
    }
  };
  const resumed = await resume();
  clean();
  rows.push([`resume after a stop at 50%: finish vs from scratch`, `${m.random} ms`, `${r2(resumed.finishMs)} ms`, `${r2(resumed.finishMs / m.random)}x the time`, "< 0.6x"]);
  return {
    stream: {
      bytes: size,
      rounds,
      raw_nats_stream_ms: m.raw,
      tcp_loopback_ms: m.tcp,
      ampm_random_ms: m.random,
      ampm_compressible_ms: m.text,
      ampm_compressible_deflate_ms: m.textDeflate,
      deflate_wire_ratio: r2(deflateWire / size),
      speed_ratio_to_raw_nats: ratio,
      speed_ratios_per_round: ratios,
      per_round_ms: { raw_nats: t.raw.map(r2), ampm_random: t.random.map(r2) },
      mb_per_s: { raw_nats: mbps(size, m.raw), tcp: mbps(size, m.tcp), ampm_random: mbps(size, m.random), ampm_compressible: mbps(size, m.text), ampm_compressible_deflate: mbps(size, m.textDeflate) },
      two_processes: {
        raw_nats_stream_ms: m.rawSplit,
        ampm_random_ms: m.randomSplit,
        speed_ratio_to_raw_nats: splitRatio,
        speed_ratios_per_round: splitRatios,
        per_round_ms: { raw_nats: t.rawSplit.map(r2), ampm_random: t.randomSplit.map(r2) },
        mb_per_s: { raw_nats: mbps(size, m.rawSplit), ampm_random: mbps(size, m.randomSplit) },
      },
    },
    resume: { bytes: size, stopped_at: resumed.resumedFrom, first_half_ms: r2(resumed.firstMs), finish_ms: r2(resumed.finishMs), from_scratch_ms: m.random, ratio: r2(resumed.finishMs / m.random) },
  };
}

export async function migrationBench(server: string, client: Client, dir: string, rows: string[][]): Promise<Record<string, unknown>> {
  const streams = await streamBench(server, dir, rows);
  const root = join(dir, "migration");
  const profiles = join(root, "profiles");
  mkdirSync(profiles, { recursive: true });
  writeFileSync(
    join(profiles, "bench-volume.yaml"),
    "description: one dir volume\ntemplate: lxc:debian-squeeze\nresources: { vcpus: 1, memory_mb: 256 }\nvolumes:\n  - { name: root, size: 1G, storage: dir }\n",
  );
  const hosts = ["bench-a.example.com", "bench-b.example.com", "bench-c.example.com"];
  const agents: AgentProcess[] = [];
  try {
    for (const identity of hosts) {
      const spec = hypervisorHost(root, identity, { slots: 32 });
      const config = spec.config as { plugins: Record<string, unknown> };
      config.plugins.dir = { root: join(root, `${identity}-volumes`) };
      agents.push(await startAgent(server, spec, root));
    }
    const fleet = new Fleet(client);
    const profile = resolveProfile("bench-volume", [profiles]);

    // One instance, 256 MiB of random bytes on its volume.
    const size = 256 * MIB;
    await fleet.create(profile, "big.example.com", { container: hosts[0] });
    const volumes = join(root, `${hosts[0]}-volumes`);
    const volume = readdirSync(volumes).find((n) => n !== ".meta" && statSync(join(volumes, n)).isDirectory());
    if (!volume) throw new Error(`migration bench: no volume directory under ${volumes}`);
    const data = randomBytes(size);
    writeFileSync(join(volumes, volume, "data.bin"), data);
    const t0 = performance.now();
    const job = await fleet.migrate("big.example.com", hosts[1]);
    const migrateMs = performance.now() - t0;
    if (job.state !== "done") throw new Error(`migration bench: ${job.message}`);
    const rawMs = await rawObjectStore(server, data);
    const rawStreamMs = await rawNatsStream(server, data);
    rows.push(["migrate 256 MiB (floor: raw NATS stream)", `${r2(rawStreamMs)} ms`, `${r2(migrateMs)} ms`, `${r2(rawStreamMs / migrateMs)}x speed`, ">= 0.5x"]);
    rows.push(["  floor: object store put + get, raw", `${r2(rawMs)} ms`, `${r2(migrateMs)} ms`, `${r2(rawMs / migrateMs)}x speed`, ""]);

    // Twenty instances off host A, all started at once, under a fleet-wide budget of 4.
    for (let i = 0; i < 20; i++) await fleet.create(profile, `evac${String(i).padStart(2, "0")}.example.com`, { container: hosts[0] });
    await setBudget(client.transport, { fleet: 4, perSource: 0, perTarget: 0 });
    const moving = new Set<string>();
    let most = 0;
    const sub = client.transport.subscribe("ampm.v1.event.job.>", (msg) => {
      const j = decodeJson(msg.data) as { id: string; kind: string; host: string; state: string; phase: string };
      if (j.kind !== "migrate" || j.host !== hosts[0]) return;
      if (j.state === "running" && j.phase !== "queued" && j.phase !== "begin") moving.add(j.id);
      else moving.delete(j.id);
      most = Math.max(most, moving.size);
    });
    const t1 = performance.now();
    const { plan, job: evacuation } = await fleet.evacuate(hosts[0]!, { parallel: 20 }).finally(() => sub.unsubscribe());
    const evacuateMs = performance.now() - t1;
    await setBudget(client.transport, {}, true);
    if (!evacuation || evacuation.state !== "done") throw new Error(`evacuation bench: ${evacuation?.message ?? "no job"}`);
    const perTarget = Object.fromEntries(hosts.slice(1).map((h) => [h, plan.filter((p) => p.target === h).length]));
    rows.push(["evacuate 20 instances under a budget of 4", "", `${r2(evacuateMs)} ms`, `${r2(evacuateMs / 20)} ms each`, `at most ${most} at once`]);
    const gib = process.env.AMPM_BENCH_GIB === "1" ? await gibBench(server, dir, rows) : {};
    return {
      ...streams,
      ...gib,
      migrate: { bytes: size, ampm_ms: r2(migrateMs), mb_per_s: mbps(size, migrateMs), raw_nats_stream_ms: r2(rawStreamMs), raw_object_store_ms: r2(rawMs), speed_ratio_to_raw_nats: r2(rawStreamMs / migrateMs), speed_ratio_to_object_store: r2(rawMs / migrateMs) },
      evacuate: { instances: 20, parallel: 20, budget: { fleet: 4 }, ms: r2(evacuateMs), most_at_once: most, plan_per_target: perTarget, message: evacuation.message },
    };
  } finally {
    for (const agent of agents) await agent.stop();
  }
}
