/**
 * Moving bytes between two connections, three ways, for the migrate group:
 *
 *   raw NATS stream   one connection publishes the bytes in chunks, another counts them and acks
 *                     every 8 MiB; at most 32 MiB unacked (the floor: no files, no hashing); the
 *                     faster of 1 MiB and 2 MiB messages (the stream's chunk size is one of them)
 *   TCP loopback      one socket writes, the other counts
 *   ampm stream       agents/src/transfer: file to file, sha256 per chunk and whole, credit, journal
 */
import { createHash } from "node:crypto";
import { createServer, connect as tcpConnect } from "node:net";
import { connectTransport } from "../proto/wire/index.js";
import { receiveFile, StreamSender, type Compression } from "../agents/src/transfer/index.js";

const MIB = 1024 * 1024;

/** The raw floor: the faster of 1 MiB and 2 MiB messages (as far as the broker's max_payload allows). */
export async function rawNatsStream(server: string, data: Buffer): Promise<number> {
  let best = Infinity;
  for (const chunk of [MIB - 4096, 2 * MIB]) {
    const probe = await connectTransport({ servers: [server], name: "bench raw probe" });
    const fits = chunk <= probe.maxPayload;
    await probe.close();
    if (fits) best = Math.min(best, await rawNatsStreamAt(server, data, chunk));
  }
  return best;
}

export async function rawNatsStreamAt(server: string, data: Buffer, chunk: number): Promise<number> {
  const pub = await connectTransport({ servers: [server], name: "bench raw pub" });
  const sub = await connectTransport({ servers: [server], name: "bench raw sub" });
  try {
    const subject = `bench.raw.${Math.random().toString(36).slice(2)}`;
    let acked = 0;
    let wake: (() => void) | undefined;
    pub.subscribe(`${subject}.ack`, (m) => {
      acked = Number(Buffer.from(m.data).toString());
      wake?.();
    });
    let got = 0;
    let lastAck = 0;
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    sub.subscribe(subject, (m) => {
      got += m.data.byteLength;
      if (got - lastAck >= 8 * MIB || got === data.byteLength) {
        lastAck = got;
        sub.publish(`${subject}.ack`, Buffer.from(String(got)));
      }
      if (got === data.byteLength) done();
    });
    await sub.flush();
    await pub.flush();
    const t0 = performance.now();
    for (let pos = 0; pos < data.byteLength; pos += chunk) {
      while (pos - acked > 32 * MIB) await new Promise<void>((r) => (wake = r));
      pub.publish(subject, data.subarray(pos, Math.min(pos + chunk, data.byteLength)));
      if ((pos / chunk) % 4 === 3) await new Promise((r) => setImmediate(r));
    }
    await finished;
    return performance.now() - t0;
  } finally {
    await pub.close();
    await sub.close();
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

/** `file` (with its sha256) to `to` through the transfer module, one connection each side. */
export async function ampmStream(server: string, file: string, bytes: number, sha256: string, to: string, options: { chunkBytes?: number; compression?: Compression; windowBytes?: number; syncBytes?: number } = {}): Promise<AmpmStreamResult> {
  const a = await connectTransport({ servers: [server], name: "bench stream src" });
  const b = await connectTransport({ servers: [server], name: "bench stream tgt" });
  try {
    const id = `bench${Math.random().toString(36).slice(2)}`;
    const sender = new StreamSender({ transport: a, id, self: "src.bench", peer: "tgt.bench", files: [{ file, bytes }], chunkBytes: options.chunkBytes, compression: options.compression }).start();
    await a.flush();
    const t0 = performance.now();
    await receiveFile({ transport: b, id, self: "tgt.bench", peer: "src.bench", file: 0, path: to, bytes, sha256, windowBytes: options.windowBytes, syncBytes: options.syncBytes });
    const ms = performance.now() - t0;
    await sender.stop();
    return { ms, wireBytes: sender.stats.wireBytes, zeroChunks: sender.stats.zeroChunks, deflatedChunks: sender.stats.deflatedChunks, chunkBytes: sender.chunkBytes };
  } finally {
    await a.close();
    await b.close();
  }
}

export function sha256Hex(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
