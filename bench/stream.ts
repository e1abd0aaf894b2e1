/**
 * Moving bytes between two connections, three ways, for the migrate group:
 *
 *   raw NATS stream   one connection publishes the bytes in chunks, another counts them and acks
 *                     every 8 MiB; at most 32 MiB unacked (the floor: no files, no hashing); the
 *                     faster of 1 MiB and 2 MiB messages (the stream's chunk size is one of them)
 *   TCP loopback      one socket writes, the other counts
 *   ampm stream       agents/src/transfer: file to file, sha256 per chunk and whole, credit, journal
 *
 * The raw stream and the ampm stream run in one of two layouts: both ends in this process (one
 * event loop does the sending and the receiving), or the receiving end in a process of its own
 * (bench/stream-end.ts), as the two agents of a migration are.
 */
import { type ChildProcess, fork } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer, connect as tcpConnect } from "node:net";
import { fileURLToPath } from "node:url";
import { connectTransport, type Transport } from "../proto/wire/index.js";
import { receiveFile, StreamSender, type Compression } from "../agents/src/transfer/index.js";
import type { EndMessage, EndSpec } from "./stream-end.js";

const MIB = 1024 * 1024;

/** Where the receiving end runs. */
export type Layout = "one process" | "two processes";

/** The floor's receiving end: counts the bytes of `subject`, acks every 8 MiB and at the end. */
export function rawReceiver(transport: Transport, subject: string, total: number): void {
  let got = 0;
  let lastAck = 0;
  transport.subscribe(subject, (m) => {
    got += m.data.byteLength;
    if (got - lastAck >= 8 * MIB || got === total) {
      lastAck = got;
      transport.publish(`${subject}.ack`, Buffer.from(String(got)));
    }
  });
}

/** A receiving end forked (bench/stream-end.ts): its messages in order; closing it asks it to exit. */
class ForkedEnd {
  private readonly child: ChildProcess;
  private readonly inbox: EndMessage[] = [];
  private exited: string | undefined;
  private wake: (() => void) | undefined;

  constructor(spec: EndSpec) {
    this.child = fork(fileURLToPath(new URL("./stream-end.js", import.meta.url)), [JSON.stringify(spec)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.child.on("message", (m) => {
      this.inbox.push(m as EndMessage);
      this.wake?.();
    });
    this.child.on("exit", (code, signal) => {
      this.exited = signal ?? String(code);
      this.wake?.();
    });
  }

  async next(): Promise<EndMessage> {
    while (this.inbox.length === 0) {
      if (this.exited !== undefined) throw new Error(`the bench's receiving process ended (${this.exited}) before it answered`);
      await new Promise<void>((r) => (this.wake = r));
    }
    return this.inbox.shift()!;
  }

  send(m: { go: true } | { exit: true }): void {
    if (this.exited === undefined) this.child.send(m);
  }

  async close(): Promise<void> {
    if (this.exited !== undefined) return;
    const gone = new Promise<void>((r) => this.child.once("exit", () => r()));
    this.send({ exit: true });
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await gone;
    clearTimeout(timer);
  }
}

/** The raw floor: the faster of 1 MiB and 2 MiB messages (as far as the broker's max_payload allows). */
export async function rawNatsStream(server: string, data: Buffer, layout: Layout = "one process"): Promise<number> {
  let best = Infinity;
  for (const chunk of [MIB - 4096, 2 * MIB]) {
    const probe = await connectTransport({ servers: [server], name: "bench raw probe" });
    const fits = chunk <= probe.maxPayload;
    await probe.close();
    if (fits) best = Math.min(best, await rawNatsStreamAt(server, data, chunk, layout));
  }
  return best;
}

/** `data` published in `chunk`-sized messages, at most 32 MiB ahead of the receiver's acks: the time until the last ack. */
export async function rawNatsStreamAt(server: string, data: Buffer, chunk: number, layout: Layout = "one process"): Promise<number> {
  const subject = `bench.raw.${Math.random().toString(36).slice(2)}`;
  const pub = await connectTransport({ servers: [server], name: "bench raw pub" });
  let sub: Transport | undefined;
  let end: ForkedEnd | undefined;
  try {
    if (layout === "one process") {
      sub = await connectTransport({ servers: [server], name: "bench raw sub" });
      rawReceiver(sub, subject, data.byteLength);
      await sub.flush();
    } else {
      end = new ForkedEnd({ mode: "raw", server, subject, total: data.byteLength });
      const m = await end.next();
      if (!("ready" in m)) throw new Error(`the bench's raw receiver: ${JSON.stringify(m)}`);
    }
    let acked = 0;
    let wake: (() => void) | undefined;
    pub.subscribe(`${subject}.ack`, (m) => {
      acked = Number(Buffer.from(m.data).toString());
      wake?.();
    });
    await pub.flush();
    const t0 = performance.now();
    for (let pos = 0; pos < data.byteLength; pos += chunk) {
      while (pos - acked > 32 * MIB) await new Promise<void>((r) => (wake = r));
      pub.publish(subject, data.subarray(pos, Math.min(pos + chunk, data.byteLength)));
      if ((pos / chunk) % 4 === 3) await new Promise((r) => setImmediate(r));
    }
    while (acked < data.byteLength) await new Promise<void>((r) => (wake = r));
    return performance.now() - t0;
  } finally {
    await pub.close();
    await sub?.close();
    await end?.close();
  }
}

export async function tcpLoopback(data: Buffer): Promise<number> {
  let done!: (ms: number) => void;
  const result = new Promise<number>((r) => (done = r));
  let t0 = 0;
  const server = createServer((socket) => {
    let got = 0;
    socket.on("data", (d) => {
      got += d.byteLength;
      if (got === data.byteLength) done(performance.now() - t0);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const client = tcpConnect(port, "127.0.0.1");
  await new Promise<void>((r) => client.once("connect", r));
  t0 = performance.now();
  for (let pos = 0; pos < data.byteLength; pos += 4 * MIB) {
    if (!client.write(data.subarray(pos, pos + 4 * MIB))) await new Promise((r) => client.once("drain", r));
  }
  const ms = await result;
  client.destroy();
  server.close();
  return ms;
}

export interface AmpmStreamResult {
  ms: number;
  wireBytes: number;
  zeroChunks: number;
  deflatedChunks: number;
  chunkBytes: number;
}

/** `file` (with its sha256) to `to` through the transfer module, one connection each side; the time receiveFile took. */
export async function ampmStream(server: string, file: string, bytes: number, sha256: string, to: string, options: { chunkBytes?: number; compression?: Compression; windowBytes?: number; syncBytes?: number } = {}, layout: Layout = "one process"): Promise<AmpmStreamResult> {
  const a = await connectTransport({ servers: [server], name: "bench stream src" });
  let b: Transport | undefined;
  let end: ForkedEnd | undefined;
  let sender: StreamSender | undefined;
  try {
    const id = `bench${Math.random().toString(36).slice(2)}`;
    const receive = { id, self: "tgt.bench", peer: "src.bench", file: 0, path: to, bytes, sha256, windowBytes: options.windowBytes, syncBytes: options.syncBytes };
    if (layout === "two processes") {
      end = new ForkedEnd({ mode: "ampm", server, ...receive });
      const m = await end.next();
      if (!("ready" in m)) throw new Error(`the bench's stream receiver: ${JSON.stringify(m)}`);
    } else {
      b = await connectTransport({ servers: [server], name: "bench stream tgt" });
    }
    sender = new StreamSender({ transport: a, id, self: "src.bench", peer: "tgt.bench", files: [{ file, bytes }], chunkBytes: options.chunkBytes, compression: options.compression }).start();
    await a.flush();
    let ms: number;
    if (end) {
      end.send({ go: true });
      const m = await end.next();
      if (!("ms" in m)) throw new Error(`the bench's stream receiver: ${"error" in m ? m.error : JSON.stringify(m)}`);
      ms = m.ms;
    } else {
      const t0 = performance.now();
      await receiveFile({ transport: b!, ...receive });
      ms = performance.now() - t0;
    }
    return { ms, wireBytes: sender.stats.wireBytes, zeroChunks: sender.stats.zeroChunks, deflatedChunks: sender.stats.deflatedChunks, chunkBytes: sender.chunkBytes };
  } finally {
    await sender?.stop();
    await end?.close();
    await a.close();
    await b?.close();
  }
}

export function sha256Hex(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
