/**
 * The streaming transfer's two messages, on NATS core subjects
 * (streamSubject(id, recipient)): no ports opened, no broker storage.
 *
 *   receiver ─▶ sender   grant  JSON {v, file, epoch, from, upTo}: send file `file` from `from`
 *                               (when `epoch` is new to the sender), never past byte `upTo`
 *   sender ─▶ receiver   chunk  52-byte header + payload, one chunk of one file:
 *
 *     0 u8 kind (3 chunk, 2 error)  1 u8 encoding (0 raw, 1 all zero: no payload, 2 deflate)
 *     2 u16 file   4 u32 epoch   8 u64 offset   16 u32 length (raw)
 *     20 32 bytes: the prefix digest, SHA-256 of the file from byte 0 through this chunk's end
 *
 *   an error (kind 2) carries the epoch and a UTF-8 message instead (the sender cannot serve).
 *
 * The prefix digest checks the chunk (the receiver's running hash of what
 * it has, plus this chunk, must give it) and its place; the last chunk's is
 * the whole file's SHA-256. So each side hashes each byte once. Version 1
 * (kind 1, a grant without `v`) put the chunk's own SHA-256 there: each end
 * refuses the other version with an error that says to upgrade.
 *
 * The receiver drives: it grants credit (a window of bytes past what it
 * has written), restarts the stream from what it has by sending a grant
 * with a new epoch (after a restart of either side, a dropped connection or
 * a gap), and ignores chunks of any other epoch.
 */
export const STREAM_VERSION = 2;
export const HEADER_BYTES = 52;
export const KIND_CHUNK = 3;
export const KIND_ERROR = 2;
/** A version 1 chunk (its own digest, not the prefix's): from a sender that must be upgraded. */
export const KIND_CHUNK_V1 = 1;

export enum Encoding {
  Raw = 0,
  Zero = 1,
  Deflate = 2,
}

export interface Grant {
  /** The stream version the receiver speaks; absent: version 1. */
  v?: number;
  file: number;
  epoch: number;
  from: number;
  upTo: number;
}

export interface ChunkHeader {
  kind: number;
  encoding: Encoding;
  file: number;
  epoch: number;
  offset: number;
  length: number;
  sha256: Buffer;
}

export function encodeGrant(grant: Grant): Uint8Array {
  return Buffer.from(JSON.stringify({ v: STREAM_VERSION, ...grant }));
}

/** A grant, or undefined for anything else (the sender ignores what it cannot read). */
export function decodeGrant(data: Uint8Array): Grant | undefined {
  try {
    const g = JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8")) as Grant;
    const ok = [g.file, g.epoch, g.from, g.upTo].every((n) => Number.isSafeInteger(n) && n >= 0) && g.file < 65536 && g.epoch < 2 ** 32 && (g.v === undefined || Number.isSafeInteger(g.v));
    return ok ? g : undefined;
  } catch {
    return undefined;
  }
}

function writeHeader(out: Buffer, h: Omit<ChunkHeader, "kind">): void {
  out.writeUInt8(KIND_CHUNK, 0);
  out.writeUInt8(h.encoding, 1);
  out.writeUInt16BE(h.file, 2);
  out.writeUInt32BE(h.epoch, 4);
  out.writeBigUInt64BE(BigInt(h.offset), 8);
  out.writeUInt32BE(h.length, 16);
  h.sha256.copy(out, 20, 0, 32);
}

export function encodeChunk(h: Omit<ChunkHeader, "kind">, payload: Uint8Array | undefined): Uint8Array {
  const out = Buffer.allocUnsafe(HEADER_BYTES + (payload?.byteLength ?? 0));
  writeHeader(out, h);
  if (payload) out.set(payload, HEADER_BYTES);
  return out;
}

/** The same, for a payload with HEADER_BYTES of room before it in its buffer (the sender reads chunks so): no copy. */
export function encodeChunkInPlace(h: Omit<ChunkHeader, "kind">, payload: Buffer): Uint8Array {
  if (payload.byteOffset < HEADER_BYTES) return encodeChunk(h, payload);
  const out = Buffer.from(payload.buffer, payload.byteOffset - HEADER_BYTES, HEADER_BYTES + payload.byteLength);
  writeHeader(out, h);
  return out;
}

export function encodeError(file: number, epoch: number, message: string): Uint8Array {
  const text = Buffer.from(message.slice(0, 500), "utf8");
  const out = Buffer.alloc(HEADER_BYTES + text.byteLength);
  out.writeUInt8(KIND_ERROR, 0);
  out.writeUInt16BE(file, 2);
  out.writeUInt32BE(epoch, 4);
  text.copy(out, HEADER_BYTES);
  return out;
}

/** The header and the payload (a view, not a copy); undefined for a message too short to be one. */
export function decodeChunk(data: Uint8Array): { header: ChunkHeader; payload: Buffer } | undefined {
  if (data.byteLength < HEADER_BYTES) return undefined;
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const header: ChunkHeader = {
    kind: b.readUInt8(0),
    encoding: b.readUInt8(1) as Encoding,
    file: b.readUInt16BE(2),
    epoch: b.readUInt32BE(4),
    offset: Number(b.readBigUInt64BE(8)),
    length: b.readUInt32BE(16),
    sha256: b.subarray(20, 52),
  };
  return { header, payload: b.subarray(HEADER_BYTES) };
}

const ALIGN = 64 * 1024;

/**
 * Chunk sizes: the configured size, kept within the broker's max_payload
 * less the header, in whole 64 KiB (so zero chunks line up with holes).
 */
export function chunkSize(wanted: number, maxPayload: number): number {
  const room = Math.floor((maxPayload - HEADER_BYTES) / ALIGN) * ALIGN;
  return Math.max(ALIGN, Math.min(Math.floor(wanted / ALIGN) * ALIGN || ALIGN, room));
}
