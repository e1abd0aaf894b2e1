/**
 * The streaming transfer (agents/src/transfer) on the in-memory transport:
 * data arrives intact and sparse, the sender never outruns its credit, and
 * the stream resumes after either end stops, a lost chunk or a damaged one,
 * and an end of the other stream version is refused, saying to upgrade.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { open } from "node:fs/promises";
import { join } from "node:path";
import t from "tap";
import { receiveFile, StreamSender } from "../../agents/src/transfer/index.js";
import { decodeChunk, decodeGrant, encodeChunk, Encoding, KIND_CHUNK_V1, KIND_ERROR } from "../../agents/src/transfer/protocol.js";
import { streamSubject, type Transport } from "../../proto/wire/index.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

const MIB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "ampm-transfer-"));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

/** random MiB, zero MiB, random, ...: `mib` MiB in all, every third one zeros. */
function volume(name: string, mib: number, fill: (i: number) => Buffer = (i) => (i % 3 === 1 ? Buffer.alloc(MIB) : randomBytes(MIB))): { file: string; bytes: number; sha256: string } {
  const data = Buffer.concat(Array.from({ length: mib }, (_, i) => fill(i)));
  const file = join(dir, name);
  writeFileSync(file, data);
  return { file, bytes: data.byteLength, sha256: createHash("sha256").update(data).digest("hex") };
}

/** A transport whose publishes pass through `filter` first (drop: return undefined). */
function filtered(inner: Transport, filter: (subject: string, data: Uint8Array) => Uint8Array | undefined): Transport {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === "publish") {
        return (subject: string, data: Uint8Array, reply?: string) => {
          const out = filter(subject, data);
          if (out) target.publish(subject, out, reply);
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

let n = 0;
const ids = () => `t${++n}`;

t.test("a file arrives intact, its zero chunks as holes", async (t) => {
  const broker = new MemoryBroker();
  const src = volume("a.src", 12);
  const id = ids();
  const sender = new StreamSender({ transport: broker.connect(4 * MIB), id, self: "src", peer: "tgt", files: [src], chunkBytes: MIB }).start();
  const path = join(dir, "a.dst");
  const r = await receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path, bytes: src.bytes, sha256: src.sha256 });
  await sender.stop();
  t.ok(readFileSync(path).equals(readFileSync(src.file)), "same bytes");
  t.equal(r.resumedFrom, 0);
  t.equal(r.zeroChunks, 4, "the four zero MiB were not sent as data");
  t.equal(sender.stats.zeroChunks, 4);
  t.ok(statSync(path).blocks * 512 <= src.bytes - 3 * MIB, `sparse: ${statSync(path).blocks * 512} bytes allocated of ${src.bytes}`);
});

t.test("the sender never gets further ahead than the receiver granted", async (t) => {
  const broker = new MemoryBroker();
  const src = volume("b.src", 16, () => randomBytes(MIB));
  const id = ids();
  let granted = 0;
  let worst = -Infinity;
  const senderSide = filtered(broker.connect(4 * MIB), (_subject, data) => {
    const c = decodeChunk(data);
    if (c) worst = Math.max(worst, c.header.offset + c.header.length - granted);
    return data;
  });
  const receiverSide = filtered(broker.connect(4 * MIB), (_subject, data) => {
    const g = decodeGrant(data);
    if (g) granted = Math.max(granted, g.upTo);
    return data;
  });
  const sender = new StreamSender({ transport: senderSide, id, self: "src", peer: "tgt", files: [src], chunkBytes: 256 * 1024 }).start();
  await receiveFile({ transport: receiverSide, id, self: "tgt", peer: "src", file: 0, path: join(dir, "b.dst"), bytes: src.bytes, sha256: src.sha256, windowBytes: MIB });
  await sender.stop();
  t.ok(worst <= 0, `never past the grant (worst: ${worst} bytes beyond)`);
  t.equal(sender.stats.chunks, 64, "every chunk sent once: credit, not loss, paced it");
});

t.test("the receiver stops at half and a new one resumes from its journal, not from zero", async (t) => {
  const broker = new MemoryBroker();
  const src = volume("c.src", 16);
  const id = ids();
  const sender = new StreamSender({ transport: broker.connect(4 * MIB), id, self: "src", peer: "tgt", files: [src], chunkBytes: MIB }).start();
  const path = join(dir, "c.dst");
  const stop = new AbortController();
  const whole = readFileSync(src.file);
  const journaled: number[] = [];
  const unwritten: number[] = [];
  const onDurable = (o: number) => {
    journaled.push(o);
    // Synced while the worker writes on past it: what the journal names must all be in the file by then.
    if (!readFileSync(path).subarray(0, o).equals(whole.subarray(0, o))) unwritten.push(o);
    if (o >= src.bytes / 2) stop.abort();
  };
  const first = receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path, bytes: src.bytes, sha256: src.sha256, syncBytes: 2 * MIB, signal: stop.signal, onDurable });
  await t.rejects(first, /aborted/, "the first receiver gave up (as if killed)");
  t.ok(journaled.length >= 2, `journaled ${journaled.map((o) => o / MIB).join(", ")} MiB`);
  t.same(unwritten, [], "every journaled offset had the source's bytes before it in the file");
  // What a crash leaves: bytes past the journaled offset that were never synced.
  const again = await receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path, bytes: src.bytes, sha256: src.sha256, syncBytes: 2 * MIB });
  await sender.stop();
  t.equal(again.resumedFrom, journaled.at(-1), "resumed at the last journaled offset");
  t.ok(again.resumedFrom >= src.bytes / 2, "past half");
  t.ok(readFileSync(path).equals(whole), "same bytes");
});

t.test("a failed fdatasync fails the transfer and no later sync journals past it", async (t) => {
  const broker = new MemoryBroker();
  const src = volume("f.src", 16, () => randomBytes(MIB));
  const id = ids();
  const sender = new StreamSender({ transport: broker.connect(4 * MIB), id, self: "src", peer: "tgt", files: [src], chunkBytes: MIB }).start();
  const path = join(dir, "f.dst");
  // The receiver's FileHandle: its second fdatasync fails as a disk's writeback error would; any after it would pass.
  const probe = await open(join(dir, "f.probe"), "w");
  const proto = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
  await probe.close();
  const real = proto.datasync;
  let calls = 0;
  proto.datasync = function (this: unknown) {
    return ++calls === 2 ? Promise.reject(new Error("EIO: i/o error, fdatasync")) : real.call(this);
  };
  t.teardown(() => {
    proto.datasync = real;
  });
  const journaled: number[] = [];
  await t.rejects(receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path, bytes: src.bytes, sha256: src.sha256, syncBytes: 2 * MIB, onDurable: (o) => journaled.push(o) }), /EIO/, "the transfer fails with the disk's error");
  proto.datasync = real;
  await sender.stop();
  t.equal(journaled.length, 1, `journaled only before the failure (${journaled.map((o) => o / MIB).join(", ")} MiB)`);
  const progress = JSON.parse(readFileSync(`${path}.progress`, "utf8")) as { offset: number };
  t.equal(progress.offset, journaled[0], "the journal names the last offset synced before the failure");
});

t.test("the sender goes away and comes back: the receiver carries on from what it has", async (t) => {
  const broker = new MemoryBroker();
  const src = volume("d.src", 16, () => randomBytes(MIB));
  const id = ids();
  let stopped = false;
  const sender: StreamSender = new StreamSender({
    transport: broker.connect(4 * MIB),
    id,
    self: "src",
    peer: "tgt",
    files: [src],
    chunkBytes: MIB,
    onSent: (_f, offset) => {
      if (offset >= 8 * MIB && !stopped) {
        stopped = true;
        void sender.stop();
      }
    },
  }).start();
  const restarts: number[] = [];
  const receiving = receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path: join(dir, "d.dst"), bytes: src.bytes, sha256: src.sha256, stallMs: 150, onRestart: (from) => restarts.push(from) });
  await new Promise((r) => setTimeout(r, 400));
  const second = new StreamSender({ transport: broker.connect(4 * MIB), id, self: "src", peer: "tgt", files: [src], chunkBytes: MIB }).start();
  const r = await receiving;
  await second.stop();
  t.ok(restarts.length >= 1 && restarts[0]! >= 8 * MIB, `restarted from ${restarts.join(", ")}`);
  t.ok(second.stats.chunks <= 8, `the second sender sent only the rest (${second.stats.chunks} chunks)`);
  t.ok(r.restarts >= 1);
});

t.test("a lost chunk and a damaged one are asked for again", async (t) => {
  const broker = new MemoryBroker();
  const src = volume("e.src", 8, () => randomBytes(MIB));
  const id = ids();
  const seen = new Map<number, number>();
  const lossy = filtered(broker.connect(4 * MIB), (_s, data) => {
    const c = decodeChunk(data);
    if (!c) return data;
    const times = (seen.get(c.header.offset) ?? 0) + 1;
    seen.set(c.header.offset, times);
    if (c.header.offset === 2 * MIB && times === 1) return undefined; // lost
    if (c.header.offset === 5 * MIB && times === 2) {
      // sent again after the loss: damaged this time
      const bad = Buffer.from(c.payload);
      bad[100] = bad[100]! ^ 0xff;
      return encodeChunk({ ...c.header }, bad);
    }
    return data;
  });
  const sender = new StreamSender({ transport: lossy, id, self: "src", peer: "tgt", files: [src], chunkBytes: MIB }).start();
  const path = join(dir, "e.dst");
  const reasons: string[] = [];
  const r = await receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path, bytes: src.bytes, sha256: src.sha256, stallMs: 100, onRestart: (_f, reason) => reasons.push(reason) });
  await sender.stop();
  t.ok(readFileSync(path).equals(readFileSync(src.file)), "same bytes");
  t.ok(r.restarts >= 2, `restarts: ${reasons.join("; ")}`);
  t.ok(reasons.some((x) => x.includes("damaged")), "the damaged chunk was caught by its sha256");
});

t.test("compressible data goes deflated when that pays, random data raw", async (t) => {
  const broker = new MemoryBroker();
  const text = Buffer.from("ampm moves volumes between hosts. ".repeat(40_000)).subarray(0, MIB);
  const src = volume("f.src", 8, (i) => (i % 2 ? text : randomBytes(MIB)));
  const id = ids();
  const sender = new StreamSender({ transport: broker.connect(4 * MIB), id, self: "src", peer: "tgt", files: [src], chunkBytes: MIB, compression: "deflate" }).start();
  const path = join(dir, "f.dst");
  await receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path, bytes: src.bytes, sha256: src.sha256 });
  await sender.stop();
  t.ok(readFileSync(path).equals(readFileSync(src.file)), "same bytes");
  t.equal(sender.stats.deflatedChunks, 4, "the four text chunks, not the random ones");
  t.ok(sender.stats.wireBytes < 5 * MIB, `${sender.stats.wireBytes} bytes on the wire for 8 MiB`);
});

t.test("a whole-file checksum that does not match fails, and the next try starts from zero", async (t) => {
  const broker = new MemoryBroker();
  const src = volume("g.src", 2);
  const id = ids();
  const sender = new StreamSender({ transport: broker.connect(4 * MIB), id, self: "src", peer: "tgt", files: [src] }).start();
  const path = join(dir, "g.dst");
  const wrong = "0".repeat(64);
  await t.rejects(receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path, bytes: src.bytes, sha256: wrong }), /arrived damaged/);
  const r = await receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path, bytes: src.bytes, sha256: src.sha256 });
  await sender.stop();
  t.equal(r.resumedFrom, 0);
});

t.test("a file the sender does not have is an error, not a hang", async (t) => {
  const broker = new MemoryBroker();
  const id = ids();
  const sender = new StreamSender({ transport: broker.connect(4 * MIB), id, self: "src", peer: "tgt", files: [{ file: join(dir, "missing"), bytes: 10 }] }).start();
  await t.rejects(receiveFile({ transport: broker.connect(4 * MIB), id, self: "tgt", peer: "src", file: 0, path: join(dir, "h.dst"), bytes: 10, sha256: "0".repeat(64) }), /cannot send/);
  await sender.stop();
});

t.test("an end that speaks the other stream version is refused with an error saying to upgrade, not retried for ever", async (t) => {
  const broker = new MemoryBroker();
  const src = volume("v.src", 1);
  // A receiver of version 1 (a grant without "v"): the sender answers with an error.
  const id = ids();
  const sender = new StreamSender({ transport: broker.connect(4 * MIB), id, self: "src", peer: "tgt", files: [src] }).start();
  const old = broker.connect(4 * MIB);
  const answer = new Promise<Uint8Array>((resolve) => old.subscribe(streamSubject(id, "tgt"), (m) => resolve(m.data)));
  old.publish(streamSubject(id, "src"), Buffer.from(JSON.stringify({ file: 0, epoch: 7, from: 0, upTo: MIB })));
  const reply = decodeChunk(await answer)!;
  t.equal(reply.header.kind, KIND_ERROR, "an error, not chunks");
  t.match(reply.payload.toString("utf8"), /streams version 2, the receiver asked for version 1: upgrade ampm on both hosts/);
  await sender.stop();

  // A sender of version 1 (its chunks are kind 1): the receiver fails at once, saying why.
  const id2 = ids();
  const oldSender = broker.connect(4 * MIB);
  oldSender.subscribe(streamSubject(id2, "src"), (m) => {
    const g = decodeGrant(m.data)!;
    const chunk = Buffer.from(encodeChunk({ encoding: Encoding.Raw, file: 0, epoch: g.epoch, offset: 0, length: 4, sha256: Buffer.alloc(32) }, Buffer.from("abcd")));
    chunk[0] = KIND_CHUNK_V1;
    oldSender.publish(streamSubject(id2, "tgt"), chunk);
  });
  const started = Date.now();
  await t.rejects(receiveFile({ transport: broker.connect(4 * MIB), id: id2, self: "tgt", peer: "src", file: 0, path: join(dir, "v.dst"), bytes: 4, sha256: "0".repeat(64) }), /streams version 1 \(an older ampm\), this host version 2: upgrade ampm on both hosts/);
  t.ok(Date.now() - started < 2000, "at once");
});
