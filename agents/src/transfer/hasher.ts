/**
 * SHA-256 off the event loop, for the streaming transfer: a small pool of
 * worker threads (at most two) that hash chunks handed over without a copy
 * (the chunk's memory is moved to the worker and back).
 *
 *   sender     digest(chunk)                        ─▶ {digest, zero?, chunk}
 *   receiver   open(file prefix) ─▶ verify(offset, expected digest, chunk)* / zeros(offset, n)* ─▶ final()
 *
 * A receiver's whole-file hash lives in its worker: `verify` hashes the chunk,
 * compares it with the digest the sender put in its header, and only then, if
 * the chunk starts where the whole-file hash has got to, adds it. So the
 * main thread hashes nothing, and a damaged or out-of-place chunk never
 * touches the whole-file hash.
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

/** The worker: plain CommonJS, evaluated (`eval: true`). */
const WORKER_SOURCE = String.raw`
const { parentPort } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { openSync, readSync, closeSync } = require("node:fs");
const ZEROS = Buffer.alloc(1024 * 1024);
const wholes = new Map();
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
parentPort.on("message", (m) => {
  try {
    if (m.op === "digest") {
      const b = Buffer.from(m.ab, m.off, m.len);
      const zero = m.checkZero && allZero(b);
      const digest = zero ? undefined : createHash("sha256").update(b).digest();
      parentPort.postMessage({ seq: m.seq, ab: m.ab, zero, digest }, [m.ab]);
    } else if (m.op === "open") {
      const h = createHash("sha256");
      if (m.upTo > 0) {
        const fd = openSync(m.path, "r");
        try {
          const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
          for (let pos = 0; pos < m.upTo; ) {
            const n = readSync(fd, buf, 0, Math.min(buf.byteLength, m.upTo - pos), pos);
            if (n === 0) throw new Error(m.upTo + " bytes journaled, the file has " + pos);
            h.update(buf.subarray(0, n));
            pos += n;
          }
        } finally {
          closeSync(fd);
        }
      }
      wholes.set(m.key, { hash: h, pos: m.upTo });
      parentPort.postMessage({ seq: m.seq });
    } else if (m.op === "verify") {
      const w = wholes.get(m.key);
      if (!w) throw new Error("no whole-file hash " + m.key);
      const b = Buffer.from(m.ab, m.off, m.len);
      const ok = m.offset === w.pos && m.len === m.length && createHash("sha256").update(b).digest().equals(Buffer.from(m.expect));
      if (ok) {
        w.hash.update(b);
        w.pos += m.len;
      }
      parentPort.postMessage({ seq: m.seq, ab: m.ab, ok }, [m.ab]);
    } else if (m.op === "zeros") {
      const w = wholes.get(m.key);
      if (!w) throw new Error("no whole-file hash " + m.key);
      const ok = m.offset === w.pos;
      if (ok) {
        addZeros(w.hash, m.length);
        w.pos += m.length;
      }
      parentPort.postMessage({ seq: m.seq, ok });
    } else if (m.op === "final") {
      const w = wholes.get(m.key);
      wholes.delete(m.key);
      parentPort.postMessage({ seq: m.seq, hex: w ? w.hash.digest("hex") : undefined, pos: w ? w.pos : -1 });
    } else if (m.op === "close") {
      wholes.delete(m.key);
      parentPort.postMessage({ seq: m.seq });
    } else {
      throw new Error("unknown op " + m.op);
    }
  } catch (err) {
    parentPort.postMessage({ seq: m.seq, error: String(err && err.message || err), ab: m.ab }, m.ab ? [m.ab] : []);
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
    const worker = new Worker(WORKER_SOURCE, { eval: true, name: "ampm sha256" });
    worker.on("message", (r: Reply) => {
      const p = this.pending.get(r.seq);
      if (!p) return;
      this.pending.delete(r.seq);
      if (this.pending.size === 0) worker.unref();
      if (r.error !== undefined) p.reject(new Error(`sha256 worker: ${r.error}`));
      else p.resolve(r);
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      const waiting = [...this.pending.values()];
      this.pending.clear();
      for (const p of waiting) p.reject(err);
    };
    worker.on("error", (err) => fail(new Error(`sha256 worker failed: ${err.message}`)));
    worker.on("exit", (code) => fail(new Error(`sha256 worker exited (${code})`)));
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
 * Moves `buf`'s memory to the worker and returns a view of the same bytes
 * once it is back. Only buffers that own their memory may be moved; for any
 * other (a view into memory shared with other data) the bytes are copied
 * first into memory of their own.
 */
function movable(buf: Buffer, owned: boolean): { ab: ArrayBuffer; off: number; len: number } {
  if (owned && buf.buffer instanceof ArrayBuffer) return { ab: buf.buffer, off: buf.byteOffset, len: buf.byteLength };
  const copy = new ArrayBuffer(buf.byteLength);
  new Uint8Array(copy).set(buf);
  return { ab: copy, off: 0, len: buf.byteLength };
}

function back(r: Reply, off: number, len: number): Buffer {
  return Buffer.from(r.ab!, off, len);
}

/** The sending side: digests of chunks read into buffers of their own (`owned`: no other data in the same memory). */
export class ChunkDigester {
  private readonly t = thread();

  /**
   * The chunk's digest, or zero: true when it is all zero bytes (then not hashed).
   * `buf` is unusable until this settles: use the returned `chunk` (the same bytes).
   */
  async digest(buf: Buffer, owned: boolean): Promise<{ chunk: Buffer; zero: boolean; digest?: Buffer }> {
    const m = movable(buf, owned);
    const r = await this.t.call({ op: "digest", ab: m.ab, off: m.off, len: m.len, checkZero: true }, [m.ab]);
    return { chunk: back(r, m.off, m.len), zero: r.zero === true, digest: r.digest ? Buffer.from(r.digest) : undefined };
  }
}

let keys = 0;

/** The receiving side: one file's whole-file sha256, fed in order with verified chunks. */
export class WholeFileHash {
  private readonly t = thread();
  private readonly key = `w${++keys}`;
  private opened = false;

  /** Starts from the first `upTo` bytes of `path` (what a resumed transfer already has). */
  async open(path: string, upTo: number): Promise<void> {
    await this.t.call({ op: "open", key: this.key, path, upTo });
    this.opened = true;
  }

  /**
   * Checks a chunk against its header's digest and, when it matches and
   * starts where the whole-file hash is, adds it. `buf` is unusable until
   * this settles: use the returned `chunk`.
   */
  async verify(offset: number, length: number, expect: Buffer, buf: Buffer, owned: boolean): Promise<{ ok: boolean; chunk: Buffer }> {
    const m = movable(buf, owned);
    const r = await this.t.call({ op: "verify", key: this.key, offset, length, expect: new Uint8Array(expect), ab: m.ab, off: m.off, len: m.len }, [m.ab]);
    return { ok: r.ok === true, chunk: back(r, m.off, m.len) };
  }

  /** An all-zero chunk of `length` bytes at `offset` (a hole: no bytes travel). */
  async zeros(offset: number, length: number): Promise<boolean> {
    const r = await this.t.call({ op: "zeros", key: this.key, offset, length });
    return r.ok === true;
  }

  /** The whole-file sha256 (hex) and how many bytes it covers; the hash is gone after. */
  async final(): Promise<{ hex: string; bytes: number }> {
    const r = await this.t.call({ op: "final", key: this.key });
    this.opened = false;
    if (r.hex === undefined) throw new Error("the whole-file hash was not open");
    return { hex: r.hex, bytes: r.pos ?? -1 };
  }

  /** Drops the hash (on failure); safe to call twice. */
  async close(): Promise<void> {
    if (!this.opened) return;
    this.opened = false;
    await this.t.call({ op: "close", key: this.key }).catch(() => undefined);
  }
}
