/**
 * SHA-256 and the file I/O around it, off the event loop, for the streaming
 * transfer: a small pool of worker threads (at most two). The data path's
 * bytes touch the main thread once: the sender's worker reads and hashes a
 * chunk and moves its memory to the main thread to be published; the
 * receiver's main thread moves each arrived chunk to its worker, which
 * checks it and writes it into the file. Moving memory back and forth, and
 * reading and writing on the main thread, cost it a third of its time and
 * most of its garbage collection (measured: npm run bench -- migrate).
 * Memory shared with the workers (a SharedArrayBuffer pool) was tried and
 * measured no faster: the NATS client's copy out of shared memory, and the
 * receiver's copy into it, cost what moving each chunk's own memory costs.
 *
 * Each side hashes each byte once. A chunk's digest is the SHA-256 of the
 * file from its start through the end of that chunk (the prefix digest);
 * the last chunk's is the whole file's. Both ends keep a running hash in
 * their worker and take a copy of its state per chunk, which costs one
 * block, not a pass:
 *
 *   sender     read(offset, length)* ─▶ {chunk (header room before it), prefix digest, zero?}
 *   receiver   open(file, prefix) ─▶ write(offset, expected, chunk)* / zeros(offset, n, expected)* ─▶ final()
 *
 * A receiver's `write` adds the chunk to a copy of its running hash and
 * compares that copy's digest with the one in the chunk's header: only a
 * chunk that matches (so: not damaged, and in its place) is written and
 * becomes part of the running hash. The sender keeps the states of its
 * recent chunk ends, so a stream restarted at any of them (a new grant)
 * goes on without hashing again; from an older place it hashes the file's
 * prefix anew.
 *
 * WebCrypto's digest, used before, copies its input on the main thread
 * (about as slow as hashing it there). The workers are started on first use,
 * are unref'd while idle, and are created from inline code so that bundles
 * and the single executable carry them. If a worker cannot be started, or
 * dies, what it had pending fails with the reason (the transfer fails; a new
 * one resumes from the receiver's journal) and the next call starts another.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/** Chunk-end states a sender keeps (a restart from one of them hashes nothing again). */
export const SAVED_STATES = 256;

/** The worker: plain CommonJS, evaluated (`eval: true`). */
const WORKER_SOURCE = String.raw`
const { parentPort } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { openSync, readSync, writeSync, ftruncateSync, fstatSync, closeSync } = require("node:fs");
const ZEROS = Buffer.alloc(1024 * 1024);
const SAVED = ${SAVED_STATES};
const states = new Map();
function allZero(b) {
  for (let p = 0; p < b.byteLength; p += ZEROS.byteLength) {
    const n = Math.min(ZEROS.byteLength, b.byteLength - p);
    if (!b.subarray(p, p + n).equals(ZEROS.subarray(0, n))) return false;
  }
  return true;
}
function addZeros(h, n) {
  for (let p = 0; p < n; p += ZEROS.byteLength) h.update(ZEROS.subarray(0, Math.min(ZEROS.byteLength, n - p)));
}
function hashPrefix(path, upTo) {
  const h = createHash("sha256");
  if (upTo > 0) {
    const fd = openSync(path, "r");
    try {
      const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
      for (let pos = 0; pos < upTo; ) {
        const n = readSync(fd, buf, 0, Math.min(buf.byteLength, upTo - pos), pos);
        if (n === 0) throw new Error(upTo + " bytes asked for, the file has " + pos);
        h.update(buf.subarray(0, n));
        pos += n;
      }
    } finally {
      closeSync(fd);
    }
  }
  return h;
}
function readFull(fd, buf, at, len, pos, path) {
  for (let got = 0; got < len; ) {
    const n = readSync(fd, buf, at + got, len - got, pos + got);
    if (n === 0) throw new Error(path + ": the file ended at " + (pos + got) + " of " + (pos + len) + " bytes");
    got += n;
  }
}
function writeFull(fd, b, pos) {
  for (let done = 0; done < b.byteLength; ) done += writeSync(fd, b, done, b.byteLength - done, pos + done);
}
function drop(key) {
  const s = states.get(key);
  states.delete(key);
  if (s && s.fd !== undefined) closeSync(s.fd);
  return s;
}
function state(key) {
  const s = states.get(key);
  if (!s) throw new Error("no running hash " + key);
  return s;
}
parentPort.on("message", (m) => {
  try {
    if (m.op === "open") {
      // A receiver's running hash: from the prefix it has; verified chunks are written into the file.
      const fd = openSync(m.path, "r+");
      try {
        states.set(m.key, { hash: hashPrefix(m.path, m.upTo), pos: m.upTo, path: m.path, fd, size: fstatSync(fd).size });
      } catch (err) {
        closeSync(fd);
        throw err;
      }
      parentPort.postMessage({ seq: m.seq });
    } else if (m.op === "read") {
      // A sender's chunk: read into memory of its own with room for the header before it, hashed, moved to the caller.
      // Its running hash starts with its first chunk (or again, from the file, if this worker is new).
      let s = states.get(m.key);
      if (!s) {
        const fd = openSync(m.path, "r");
        states.set(m.key, (s = { hash: undefined, pos: -1, path: m.path, saved: new Map(), fd }));
      }
      if (m.offset !== s.pos) {
        const at = s.saved.get(m.offset);
        s.hash = at ? at.copy() : hashPrefix(s.path, m.offset);
        s.pos = m.offset;
      }
      const buf = Buffer.allocUnsafeSlow(m.room + m.len);
      readFull(s.fd, buf, m.room, m.len, m.offset, s.path);
      const b = buf.subarray(m.room);
      const zero = allZero(b);
      s.hash.update(b);
      s.pos += m.len;
      const digest = s.hash.copy().digest();
      s.saved.set(s.pos, s.hash.copy());
      if (s.saved.size > SAVED) s.saved.delete(s.saved.keys().next().value);
      parentPort.postMessage({ seq: m.seq, ab: buf.buffer, zero, digest }, [buf.buffer]);
    } else if (m.op === "write") {
      const b = Buffer.from(m.ab, m.off, m.len);
      const s = state(m.key);
      let ok = m.offset === s.pos && m.len === m.length;
      if (ok) {
        const next = s.hash.copy().update(b);
        ok = next.copy().digest().equals(Buffer.from(m.expect));
        if (ok) {
          writeFull(s.fd, b, m.offset);
          s.size = Math.max(s.size, m.offset + m.len);
          s.hash = next;
          s.pos += m.len;
        }
      }
      parentPort.postMessage({ seq: m.seq, ok });
    } else if (m.op === "zeros") {
      const s = state(m.key);
      let ok = m.offset === s.pos;
      if (ok) {
        const next = s.hash.copy();
        addZeros(next, m.length);
        ok = next.copy().digest().equals(Buffer.from(m.expect));
        if (ok) {
          // A hole: the file's size covers it (in order with the writes around it).
          if (s.fd !== undefined && s.size < m.offset + m.length) ftruncateSync(s.fd, (s.size = m.offset + m.length));
          s.hash = next;
          s.pos += m.length;
        }
      }
      parentPort.postMessage({ seq: m.seq, ok });
    } else if (m.op === "final") {
      const s = drop(m.key);
      parentPort.postMessage({ seq: m.seq, hex: s ? s.hash.digest("hex") : undefined, pos: s ? s.pos : -1 });
    } else if (m.op === "close") {
      drop(m.key);
      parentPort.postMessage({ seq: m.seq });
    } else {
      throw new Error("unknown op " + m.op);
    }
  } catch (err) {
    parentPort.postMessage({ seq: m.seq, error: String(err && err.message || err) });
  }
});
`;

interface Reply {
  seq: number;
  error?: string;
  ab?: ArrayBuffer;
  zero?: boolean;
  digest?: Uint8Array;
  ok?: boolean;
  hex?: string;
  pos?: number;
}

class HashThread {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, name: "ampm transfer" });
    worker.on("message", (r: Reply) => {
      const p = this.pending.get(r.seq);
      if (!p) return;
      this.pending.delete(r.seq);
      if (this.pending.size === 0) worker.unref();
      if (r.error !== undefined) p.reject(new Error(r.error));
      else p.resolve(r);
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      const waiting = [...this.pending.values()];
      this.pending.clear();
      for (const p of waiting) p.reject(err);
    };
    worker.on("error", (err) => fail(new Error(`transfer worker failed: ${err.message}`)));
    worker.on("exit", (code) => fail(new Error(`transfer worker exited (${code})`)));
    worker.unref();
    return worker;
  }

  call(message: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<Reply> {
    this.worker ??= this.start();
    const worker = this.worker;
    const seq = ++this.seq;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      try {
        worker.postMessage({ ...message, seq }, transfer);
      } catch (err) {
        this.pending.delete(seq);
        if (this.pending.size === 0) worker.unref();
        reject(err as Error);
      }
    });
  }

  get load(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

const threads: HashThread[] = [];
let next = 0;

/** One of the pool's threads, in turn (each transfer end keeps the one it got, so its messages stay in order). */
function thread(): HashThread {
  const size = Math.max(1, Math.min(2, availableParallelism()));
  if (threads.length < size) threads.push(new HashThread());
  return threads[next++ % threads.length]!;
}

/** Stops the pool's threads (tests; the pool also lets a process exit while idle). */
export async function stopHashers(): Promise<void> {
  const all = threads.splice(0);
  await Promise.all(all.map((t) => t.close()));
}

/**
 * `buf`'s memory, to be moved to the worker. Only buffers that own their
 * memory may be moved; for any other (a view into memory shared with other
 * data) the bytes are copied first into memory of their own.
 */
function movable(buf: Buffer, owned: boolean): { ab: ArrayBuffer; off: number; len: number } {
  if (owned && buf.buffer instanceof ArrayBuffer) return { ab: buf.buffer, off: buf.byteOffset, len: buf.byteLength };
  const copy = new ArrayBuffer(buf.byteLength);
  new Uint8Array(copy).set(buf);
  return { ab: copy, off: 0, len: buf.byteLength };
}

let keys = 0;

/** The sending side, one file: its chunks, read and hashed on the worker, each with its prefix digest (the file's SHA-256 through the chunk's end). */
export class PrefixDigester {
  private readonly t = thread();
  private readonly key = `s${++keys}`;
  private used = false;

  constructor(private readonly path: string) {}

  /**
   * The `length` bytes at `offset`, in memory of their own with `room`
   * bytes free before them (for a header); their prefix digest; and zero:
   * true when they are all zero bytes. Chunks are read in the order asked;
   * one at an offset the running hash is not at restarts it there.
   */
  async read(offset: number, length: number, room = 0): Promise<{ chunk: Buffer; zero: boolean; digest: Buffer }> {
    this.used = true;
    const r = await this.t.call({ op: "read", key: this.key, path: this.path, offset, len: length, room });
    return { chunk: Buffer.from(r.ab!, room, length), zero: r.zero === true, digest: Buffer.from(r.digest!) };
  }

  /** Drops the running hash, its saved states and the open file; safe to call twice. */
  async close(): Promise<void> {
    if (!this.used) return;
    this.used = false;
    await this.t.call({ op: "close", key: this.key }).catch(() => undefined);
  }
}

/** The receiving side: one file, written with verified chunks in order, and its running sha256. */
export class WholeFileHash {
  private readonly t = thread();
  private readonly key = `w${++keys}`;
  private opened = false;

  /** Starts from the first `upTo` bytes of `path` (what a resumed transfer already has); `path` must exist. */
  async open(path: string, upTo: number): Promise<void> {
    await this.t.call({ op: "open", key: this.key, path, upTo });
    this.opened = true;
  }

  /**
   * Checks a chunk against its header's prefix digest and, when that is
   * what the running hash plus this chunk gives, writes it at `offset` and
   * adds it to the hash: true. `buf` is unusable after (its memory may have
   * moved to the worker).
   */
  async write(offset: number, length: number, expect: Buffer, buf: Buffer, owned: boolean): Promise<boolean> {
    const m = movable(buf, owned);
    const r = await this.t.call({ op: "write", key: this.key, offset, length, expect: new Uint8Array(expect), ab: m.ab, off: m.off, len: m.len }, [m.ab]);
    return r.ok === true;
  }

  /** An all-zero chunk of `length` bytes at `offset` (a hole: no bytes travel), checked the same way; the file's size then covers it. */
  async zeros(offset: number, length: number, expect: Buffer): Promise<boolean> {
    const r = await this.t.call({ op: "zeros", key: this.key, offset, length, expect: new Uint8Array(expect) });
    return r.ok === true;
  }

  /** The whole-file sha256 (hex) and how many bytes it covers; the hash is gone (and the file closed) after. */
  async final(): Promise<{ hex: string; bytes: number }> {
    const r = await this.t.call({ op: "final", key: this.key });
    this.opened = false;
    if (r.hex === undefined) throw new Error("the whole-file hash was not open");
    return { hex: r.hex, bytes: r.pos ?? -1 };
  }

  /** Drops the hash and closes the file (on failure); safe to call twice. */
  async close(): Promise<void> {
    if (!this.opened) return;
    this.opened = false;
    await this.t.call({ op: "close", key: this.key }).catch(() => undefined);
  }
}
