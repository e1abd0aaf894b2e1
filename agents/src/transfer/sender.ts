/**
 * The sending end of a streaming transfer: serves files to one receiver, as
 * far as it grants. Passive: it only answers grants, so it can be started
 * again after a restart and the receiver picks up where it is.
 *
 *   grant (new epoch) ─▶ position = from ─▶ read ▸ zero? ▸ prefix sha256 (worker thread) ▸ deflate? ▸ publish … while position < upTo
 *   grant (same epoch) ─▶ upTo moves on
 */
import { deflateRawSync } from "node:zlib";
import { streamSubject, type Subscription, type Transport } from "../../../proto/wire/index.js";
import { PrefixDigester } from "./hasher.js";
import { chunkSize, decodeGrant, Encoding, encodeChunk, encodeChunkInPlace, HEADER_BYTES, encodeError, STREAM_VERSION, type Grant } from "./protocol.js";

export interface SendFile {
  file: string;
  bytes: number;
}

export type Compression = "none" | "deflate";

export interface SenderOptions {
  transport: Transport;
  /** The transfer's id: one subject token. */
  id: string;
  /** This host's identity (grants come to it) and the receiver's (chunks go to it). */
  self: string;
  peer: string;
  files: readonly SendFile[];
  /** Bytes a chunk; kept within the broker's max_payload. Default 2 MiB (960 KiB under a 1 MB max_payload). */
  chunkBytes?: number;
  /** deflate (level 1) each chunk and send it compressed when that saves at least an eighth. Default none. */
  compression?: Compression;
  /** Called after each chunk is handed to the connection. */
  onSent?: (file: number, offset: number, stats: SenderStats) => void;
  onError?: (err: Error) => void;
}

export interface SenderStats {
  chunks: number;
  zeroChunks: number;
  deflatedChunks: number;
  /** Bytes of data published (after compression, zero chunks not counted). */
  wireBytes: number;
  /** Times a grant restarted a file at another place than where it was. */
  restarts: number;
}

interface FileState {
  epoch: number;
  pos: number;
  upTo: number;
  running: boolean;
  digester: PrefixDigester;
}

/** Measured (npm run bench -- migrate): 2 MiB chunks stream faster than 1 MiB ones; 4 MiB ones slow the NATS client down. */
export const DEFAULT_CHUNK_BYTES = 2 * 1024 * 1024;

/** Chunks read and hashed ahead of the one being published (on the worker thread, in order). */
const READ_AHEAD = 3;

/** A chunk read and hashed. */
interface Loaded {
  raw: Buffer;
  digest: Buffer;
  zero: boolean;
}

export class StreamSender {
  private sub: Subscription | undefined;
  private readonly states = new Map<number, FileState>();
  private stopped = false;
  readonly chunkBytes: number;
  readonly stats: SenderStats = { chunks: 0, zeroChunks: 0, deflatedChunks: 0, wireBytes: 0, restarts: 0 };
  private readonly to: string;

  constructor(private readonly options: SenderOptions) {
    this.chunkBytes = chunkSize(options.chunkBytes ?? DEFAULT_CHUNK_BYTES, options.transport.maxPayload);
    this.to = streamSubject(options.id, options.peer);
  }

  start(): this {
    this.sub ??= this.options.transport.subscribe(streamSubject(this.options.id, this.options.self), (msg) => {
      const grant = decodeGrant(msg.data);
      if (grant) this.onGrant(grant);
    });
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.sub?.unsubscribe();
    for (const s of this.states.values()) {
      await s.digester.close();
    }
    this.states.clear();
  }

  private onGrant(g: Grant): void {
    if (this.stopped) return;
    const f = this.options.files[g.file];
    if ((g.v ?? 1) !== STREAM_VERSION) {
      this.options.transport.publish(this.to, encodeError(g.file, g.epoch, `${this.options.self} streams version ${STREAM_VERSION}, the receiver asked for version ${g.v ?? 1}: upgrade ampm on both hosts`));
      return;
    }
    if (!f) {
      this.options.transport.publish(this.to, encodeError(g.file, g.epoch, `no file ${g.file} in transfer ${this.options.id}`));
      return;
    }
    let st = this.states.get(g.file);
    if (!st) {
      st = { epoch: g.epoch, pos: g.from, upTo: g.upTo, running: false, digester: new PrefixDigester(f.file) };
      this.states.set(g.file, st);
    } else if (g.epoch !== st.epoch) {
      if (g.from !== st.pos) this.stats.restarts++;
      st.epoch = g.epoch;
      st.pos = g.from;
      st.upTo = g.upTo;
    } else {
      st.upTo = Math.max(st.upTo, g.upTo);
    }
    if (!st.running) void this.pump(g.file, f, st);
  }

  /** The chunk at `pos`, read and hashed on the worker thread, with room for the header before it (sent without a copy). */
  private load(st: FileState, pos: number, len: number): Promise<Loaded> {
    return st.digester.read(pos, len, HEADER_BYTES).then(({ chunk, zero, digest }) => ({ raw: chunk, zero, digest }));
  }

  /** Reads and hashes up to READ_AHEAD chunks ahead (within the grant) while the one before is published. */
  private async pump(index: number, f: SendFile, st: FileState): Promise<void> {
    st.running = true;
    let failed = false;
    const ahead: { epoch: number; pos: number; end: number; data: Promise<Loaded> }[] = [];
    const dropAll = () => {
      for (const a of ahead.splice(0)) this.drop(a);
    };
    try {
      const limit = () => Math.min(st.upTo, f.bytes);
      while (!this.stopped && st.pos < limit()) {
        if (ahead.length > 0 && (ahead[0]!.epoch !== st.epoch || ahead[0]!.pos !== st.pos)) dropAll(); // a new grant moved us
        for (let at = ahead.at(-1)?.end ?? st.pos; ahead.length < READ_AHEAD && at < limit(); at = ahead.at(-1)!.end) {
          const len = Math.min(this.chunkBytes, f.bytes - at);
          ahead.push({ epoch: st.epoch, pos: at, end: at + len, data: this.load(st, at, len) });
        }
        const mine = ahead.shift()!;
        const chunk = await mine.data;
        if (this.stopped || st.epoch !== mine.epoch || st.pos !== mine.pos) continue; // stopped, or a new grant moved us meanwhile
        this.publish(index, st.epoch, mine.pos, chunk);
        st.pos = mine.end;
        this.options.onSent?.(index, mine.end, this.stats);
      }
    } catch (err) {
      failed = true;
      this.options.transport.publish(this.to, encodeError(index, st.epoch, (err as Error).message));
      this.options.onError?.(err as Error);
    } finally {
      dropAll();
      st.running = false;
    }
    // A grant may have come while the last chunk was published.
    if (!failed && !this.stopped && st.pos < Math.min(st.upTo, f.bytes)) void this.pump(index, f, st);
  }

  /** An ahead read not taken: dropped (its failure is nobody's). */
  private drop(ahead: { data: Promise<Loaded> }): void {
    ahead.data.catch(() => undefined);
  }

  private publish(file: number, epoch: number, offset: number, chunk: Loaded): void {
    const { raw, digest } = chunk;
    this.stats.chunks++;
    if (chunk.zero) {
      this.stats.zeroChunks++;
      this.options.transport.publish(this.to, encodeChunk({ encoding: Encoding.Zero, file, epoch, offset, length: raw.byteLength, sha256: digest }, undefined));
      return;
    }
    let payload: Uint8Array = raw;
    let encoding = Encoding.Raw;
    if (this.options.compression === "deflate") {
      const packed = deflateRawSync(raw, { level: 1 });
      if (packed.byteLength < raw.byteLength - raw.byteLength / 8) {
        payload = packed;
        encoding = Encoding.Deflate;
        this.stats.deflatedChunks++;
      }
    }
    this.stats.wireBytes += payload.byteLength;
    const header = { encoding, file, epoch, offset, length: raw.byteLength, sha256: digest };
    this.options.transport.publish(this.to, payload === raw ? encodeChunkInPlace(header, raw) : encodeChunk(header, payload));
  }
}
