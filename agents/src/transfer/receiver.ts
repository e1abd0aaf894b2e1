/**
 * The receiving end of a streaming transfer: one file, written in place as
 * chunks arrive (no staging), resumable.
 *
 *   journal offset (durable) ─▶ truncate there, hash what is there ─▶ grant {new epoch, from, upTo = from + window}
 *   chunk ─▶ in order? this epoch? ─▶ inflate ▸ (worker thread) running sha256 + chunk = its prefix digest? ▸ write at its offset (all-zero: a hole)
 *         ─▶ every window/4: grant upTo = written + window (the sender never gets further ahead)
 *         ─▶ every syncBytes: fdatasync, then journal the offset (what survives a crash of this host), while
 *            the worker writes on past it
 *   no chunk for stallMs, the broker connection back, a gap or a bad chunk ─▶ grant with a new epoch from what is written
 *   the end ─▶ size set (trailing holes), fsync, whole-file sha256 compared
 */
import { randomInt } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { streamSubject, type Transport } from "../../../proto/wire/index.js";
import { readJson, removeFile, writeJsonAtomic } from "../store.js";
import { WholeFileHash } from "./hasher.js";
import { decodeChunk, Encoding, encodeGrant, KIND_CHUNK, KIND_CHUNK_V1, KIND_ERROR, STREAM_VERSION, type ChunkHeader } from "./protocol.js";

export interface ReceiveOptions {
  transport: Transport;
  id: string;
  /** This host's identity (chunks come to it) and the sender's (grants go to it). */
  self: string;
  peer: string;
  /** Which of the sender's files. */
  file: number;
  /** Where it is written. */
  path: string;
  bytes: number;
  /** The whole file's sha256 (hex), as the sender's side computed it. */
  sha256: string;
  /** The progress journal: the last durable offset. Default `<path>.progress`. */
  journal?: string;
  /** Credit: bytes the sender may be ahead of what is written. Default 32 MiB. */
  windowBytes?: number;
  /** Bytes between fdatasync + journal. Default a sixteenth of the file, within 4 to 64 MiB. */
  syncBytes?: number;
  /** No chunk for this long: ask again from what is written (a new epoch). Default 3 s. */
  stallMs?: number;
  /** No progress for this long: give up. Default 10 min. */
  giveUpMs?: number;
  signal?: AbortSignal;
  /** After each durable step (journaled). */
  onDurable?: (offset: number) => void;
  onProgress?: (written: number) => void;
  /** The stream (re)starts at `from` with a new epoch; `reason` says why. */
  onRestart?: (from: number, reason: string) => void;
}

export interface ReceiveResult {
  /** Where this call started: the durable offset found in the journal (0: from scratch). */
  resumedFrom: number;
  /** Restarts of the stream during this call (stalls, reconnects, gaps, bad chunks). */
  restarts: number;
  zeroChunks: number;
  chunks: number;
}

interface Progress {
  offset: number;
  bytes: number;
  sha256: string;
}

export class TransferError extends Error {}

/** Chunks handed to the worker thread at once (checked and written there in order while more arrive). */
const PIPELINE = 4;

export async function receiveFile(o: ReceiveOptions): Promise<ReceiveResult> {
  const journal = o.journal ?? `${o.path}.progress`;
  const window = o.windowBytes ?? 32 * 1024 * 1024;
  const syncBytes = o.syncBytes ?? Math.min(64 * 1024 * 1024, Math.max(4 * 1024 * 1024, Math.ceil(o.bytes / 16)));
  const stallMs = o.stallMs ?? 3000;
  const giveUpMs = o.giveUpMs ?? 600_000;
  const to = streamSubject(o.id, o.peer);

  const known = readJson<Progress>(journal);
  let durable = known && known.bytes === o.bytes && known.sha256 === o.sha256 && existsSync(o.path) ? known.offset : 0;
  if (durable > 0 && statSync(o.path).size < durable) durable = 0;
  const handle = await open(o.path, existsSync(o.path) ? "r+" : "w+");
  const result: ReceiveResult = { resumedFrom: durable, restarts: 0, zeroChunks: 0, chunks: 0 };
  const whole = new WholeFileHash();
  try {
    // Past the durable offset the file may hold anything (written, not synced): gone, so skipped zero chunks read as zeros.
    await handle.truncate(durable);
    // The whole-file sha256 lives on a worker thread, which checks each chunk and writes it into the file.
    await whole.open(o.path, durable).catch((err: Error) => {
      throw new TransferError(`${o.path}: ${err.message}`);
    });

    let written = durable;
    let expected = durable;
    let granted = 0;
    let epoch = 0;
    let lastArrival = Date.now();
    let lastProgress = Date.now();
    let failure: Error | undefined;
    const queue: { header: ChunkHeader; payload: Buffer }[] = [];
    let wake: (() => void) | undefined;
    const poke = () => {
      wake?.();
      wake = undefined;
    };

    const grant = (fresh: boolean, reason = "") => {
      if (fresh) {
        let e = epoch;
        while (e === epoch) e = randomInt(1, 2 ** 32 - 1);
        epoch = e;
        expected = written;
        queue.length = 0;
        lastArrival = Date.now();
        if (reason) {
          result.restarts++;
          o.onRestart?.(written, reason);
        }
      }
      granted = Math.min(o.bytes, written + window);
      o.transport.publish(to, encodeGrant({ file: o.file, epoch, from: written, upTo: granted }));
    };

    const sub = o.transport.subscribe(streamSubject(o.id, o.self), (msg) => {
      const c = decodeChunk(msg.data);
      if (!c || c.header.file !== o.file || c.header.epoch !== epoch) return;
      if (c.header.kind === KIND_CHUNK_V1) {
        failure = new TransferError(`the sender (${o.peer}) streams version 1 (an older ampm), this host version ${STREAM_VERSION}: upgrade ampm on both hosts`);
        return poke();
      }
      if (c.header.kind === KIND_ERROR) {
        failure = new TransferError(`the sender (${o.peer}) cannot send: ${c.payload.toString("utf8")}`);
        return poke();
      }
      if (c.header.kind !== KIND_CHUNK) return;
      lastArrival = Date.now();
      if (c.header.offset !== expected) return; // a gap: the stall check asks again from what is written
      expected += c.header.length;
      // The payload is a view of the message, kept as is (no copy).
      queue.push(c);
      poke();
    });
    const stopConnection = o.transport.onConnection((event) => {
      if (event === "reconnect") {
        grant(true, "the broker connection came back");
        poke();
      }
    });
    const abort = () => {
      failure = new TransferError("transfer aborted");
      poke();
    };
    o.signal?.addEventListener("abort", abort, { once: true });
    const timer = setInterval(() => {
      const now = Date.now();
      if (now - lastProgress > giveUpMs) {
        failure = new TransferError(`no data from ${o.peer} for ${Math.round(giveUpMs / 1000)} s`);
        return poke();
      }
      if (queue.length === 0 && now - lastArrival > stallMs) {
        grant(true, `no data for ${now - lastArrival} ms`);
      }
    }, Math.max(50, Math.floor(stallMs / 3)));

    /**
     * A chunk checked, written (unless it is a hole) and added to the running hash on the worker thread:
     * false if it is damaged or not in its place. One that passes is written even if the stream restarted
     * meanwhile: it is the next bytes all the same.
     */
    const check = (header: ChunkHeader, payload: Buffer): Promise<boolean> => {
      if (header.encoding === Encoding.Zero) return whole.zeros(header.offset, header.length, header.sha256);
      let data = payload;
      let owned = payload.byteLength > 64 * 1024; // larger than one socket read: the client assembled it in memory of its own
      if (header.encoding === Encoding.Deflate) {
        try {
          data = inflateRawSync(payload, { maxOutputLength: header.length });
          owned = data.byteOffset === 0 && data.buffer.byteLength === data.byteLength;
        } catch {
          data = Buffer.alloc(0); // not deflate, or more than its header says: damaged
        }
      }
      // A payload of the wrong size (or one whose memory went to the worker with another chunk's) is damaged.
      if (data.byteLength !== header.length) return Promise.resolve(false);
      return whole.write(header.offset, header.length, header.sha256, data, owned);
    };

    /**
     * What the worker wrote (and the sizes it set for holes) up to `at`, on disk, then journaled. One at a
     * time, while the worker goes on writing past `at`: fdatasync makes durable what was written before it
     * was called, and every chunk up to `at` was.
     */
    let syncing: Promise<void> | undefined;
    const sync = (at: number): Promise<void> => {
      // After a failed sync, never another: Linux reports a writeback error once, so a second fdatasync could pass over lost pages.
      if (failure) return Promise.resolve();
      const done = handle
        .datasync()
        .then(() => {
          durable = at;
          writeJsonAtomic(journal, { offset: durable, bytes: o.bytes, sha256: o.sha256 } satisfies Progress);
          o.onDurable?.(durable);
        })
        .catch((err: Error) => {
          failure ??= new TransferError(`${o.path}: ${err.message}`);
          poke();
        })
        .finally(() => {
          if (syncing === done) syncing = undefined;
        });
      syncing = done;
      return done;
    };

    try {
      if (o.signal?.aborted) abort();
      if (written < o.bytes) grant(true);
      // Chunks handed to the worker and not yet answered, in order; `next`: the offset after the last one.
      const inflight: { header: ChunkHeader; ok: Promise<boolean> }[] = [];
      let next = written;
      while (written < o.bytes) {
        if (failure) throw failure;
        while (inflight.length < PIPELINE && queue.length > 0) {
          const { header, payload } = queue.shift()!;
          if (header.offset !== next) continue; // behind what is written or handed over (a restart sent it again), or a gap
          const ok = check(header, payload);
          ok.catch(() => undefined); // awaited below, unless the transfer fails first
          inflight.push({ header, ok });
          next += header.length;
        }
        const pending = inflight.shift();
        if (!pending) {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        const { header } = pending;
        if (!(await pending.ok)) {
          // The worker refuses what was handed over after it too (not in its place): all asked for again.
          inflight.length = 0;
          next = written;
          if (header.epoch === epoch) grant(true, `chunk at ${header.offset} arrived damaged (sha256)`);
          continue;
        }
        result.chunks++;
        if (header.encoding === Encoding.Zero) result.zeroChunks++;
        written += header.length;
        lastProgress = Date.now();
        o.onProgress?.(written);
        if (written === o.bytes) {
          await syncing;
          if (failure) throw failure;
          if (durable < written) await sync(written);
          if (failure) throw failure;
        } else if (!syncing && written - durable >= syncBytes) {
          void sync(written);
        }
        if (written < o.bytes && granted - written <= (window * 3) / 4) grant(false);
      }
    } finally {
      await syncing;
      clearInterval(timer);
      sub.unsubscribe();
      stopConnection();
      o.signal?.removeEventListener("abort", abort);
    }
    if (o.bytes === 0) {
      await handle.truncate(0);
      await handle.datasync();
    }
    const sum = (await whole.final()).hex;
    if (sum !== o.sha256) {
      removeFile(journal);
      throw new TransferError(`${o.path} arrived damaged: sha256 ${sum}, expected ${o.sha256}`);
    }
    return result;
  } finally {
    await whole.close();
    await handle.close();
  }
}
