/**
 * Signed requests. A caller's key is an nkeys user key (ed25519: seed
 * "SU...", public key "U..."); the math is Node's crypto (the same keys, far
 * faster than a JavaScript ed25519).
 *
 * What is signed: the encoded Request exactly as sent, without its
 * `signature` field (13) and its `target_proof` entries (15). The signer
 * encodes the request with caller_public_key (and, for a request to named
 * hosts, targets_root: targets.ts) set and no signature, signs those bytes,
 * and appends field 13, then each host's proof entries. The verifier
 * removes fields 13 and 15 from the bytes it received and checks the
 * signature over the rest: no re-encoding, so any language's protobuf
 * encoder works.
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createUser, fromPublic, fromSeed } from "@nats-io/nkeys";
import { encodeRequest, type Request } from "./envelope.js";
import { ConfigError, ProtocolError } from "./errors.js";
import { TargetTree } from "./targets.js";

const PKCS8_ED25519 = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_ED25519 = Buffer.from("302a300506032b6570032100", "hex");
const SIGNATURE_FIELD = 13;
const PROOF_FIELD = 15;
const UNSIGNED_FIELDS: ReadonlySet<number> = new Set([SIGNATURE_FIELD, PROOF_FIELD]);

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding, as nkeys writes its keys. */
function base32Decode(text: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const v = BASE32.indexOf(ch);
    if (v < 0) throw new Error(`'${ch}' is not base32`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/**
 * The 32 raw bytes of an nkeys user key: a seed "SU..." is 2 prefix bytes,
 * the key and a CRC-16; a public key "U..." 1 prefix byte, the key and a
 * CRC-16. nkeys itself checks the prefix and the CRC (fromSeed, fromPublic).
 */
function rawKey(text: string, kind: "seed" | "public"): Uint8Array {
  const bytes = base32Decode(text);
  return kind === "seed" ? bytes.subarray(2, 34) : bytes.subarray(1, 33);
}

export class SigningKey {
  private constructor(
    readonly seed: string,
    readonly publicKey: string,
    private readonly key: KeyObject,
  ) {}

  static generate(): SigningKey {
    return SigningKey.fromSeed(new TextDecoder().decode(createUser().getSeed()));
  }

  /** From an nkeys user seed ("SU..."); a ConfigError when it is not one. */
  static fromSeed(seed: string): SigningKey {
    const text = seed.trim();
    let raw: Uint8Array;
    let publicKey: string;
    try {
      if (!text.startsWith("SU")) throw new Error("not a user seed");
      publicKey = fromSeed(new TextEncoder().encode(text)).getPublicKey();
      raw = rawKey(text, "seed");
    } catch (err) {
      throw new ConfigError(`not an nkeys user seed (SU...): ${(err as Error).message}`, { cause: err });
    }
    const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, raw]), format: "der", type: "pkcs8" });
    return new SigningKey(text, publicKey, key);
  }

  /** From a key file (the seed on its first line); refused when others may read it. */
  static fromFile(path: string): SigningKey {
    let mode: number;
    let text: string;
    try {
      mode = statSync(path).mode;
      text = readFileSync(path, "utf8");
    } catch (err) {
      throw new ConfigError(`cannot read key file ${path}: ${(err as Error).message}`, { cause: err });
    }
    if (mode & 0o077) throw new ConfigError(`key file ${path} can be read by others: chmod 600 ${path}`);
    try {
      return SigningKey.fromSeed(text.split("\n").find((l) => l.trim() && !l.startsWith("#")) ?? "");
    } catch (err) {
      throw new ConfigError(`key file ${path}: ${(err as Error).message}`, { cause: err });
    }
  }

  sign(bytes: Uint8Array): Uint8Array {
    return sign(null, bytes, this.key);
  }

  /**
   * Writes the seed to `file` (mode 0600; its directory 0700 when made) and
   * the public key beside it (`<file>.pub`, or NAME.pub for NAME.nk).
   * Refuses to overwrite unless `force`.
   */
  writeFile(file: string, comment: string, options: { force?: boolean } = {}): { file: string; publicFile: string } {
    const publicFile = file.endsWith(".nk") ? `${file.slice(0, -3)}.pub` : `${file}.pub`;
    try {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(file, `# ${comment}\n${this.seed}\n`, { mode: 0o600, flag: options.force ? "w" : "wx" });
      chmodSync(file, 0o600);
      writeFileSync(publicFile, `${this.publicKey}\n`, { mode: 0o644 });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === "EEXIST") throw new ConfigError(`key file ${file} exists: keep it, or replace it with --force`, { cause: err });
      throw new ConfigError(`cannot write key file ${file}: ${e.message}`, { cause: err });
    }
    return { file, publicFile };
  }
}

/** Raw 32 bytes of a "U..." public key; ProtocolError when it is not one. */
function rawPublicKey(publicKey: string): Uint8Array {
  try {
    if (!publicKey.startsWith("U")) throw new Error("not a user key");
    fromPublic(publicKey);
    return rawKey(publicKey, "public");
  } catch (err) {
    throw new ProtocolError(`"${publicKey.slice(0, 12)}..." is not an nkeys user public key`, { cause: err });
  }
}

export function isPublicKey(text: string): boolean {
  try {
    rawPublicKey(text);
    return true;
  } catch {
    return false;
  }
}

/** Checks signatures; keeps the public keys it has seen parsed. */
export class Verifier {
  private readonly keys = new Map<string, KeyObject>();

  verify(publicKey: string, bytes: Uint8Array, signature: Uint8Array): boolean {
    let key = this.keys.get(publicKey);
    if (!key) {
      key = createPublicKey({ key: Buffer.concat([SPKI_ED25519, rawPublicKey(publicKey)]), format: "der", type: "spki" });
      if (this.keys.size > 10_000) this.keys.clear();
      this.keys.set(publicKey, key);
    }
    try {
      return signature.length === 64 && verify(null, bytes, key, signature);
    } catch {
      return false;
    }
  }
}

function readVarint(buf: Uint8Array, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    const b = buf[i]!;
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return [value, i + 1];
  }
  throw new ProtocolError("malformed varint");
}

function writeVarint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

/** The encoded request without its unsigned fields (signature, target proof), and the signature (if any). */
export function splitSignature(encoded: Uint8Array): { unsigned: Uint8Array; signature?: Uint8Array } {
  const parts: Uint8Array[] = [];
  let signature: Uint8Array | undefined;
  let at = 0;
  while (at < encoded.length) {
    const start = at;
    const [tag, afterTag] = readVarint(encoded, at);
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    let end: number;
    let valueStart = afterTag;
    switch (wire) {
      case 0:
        end = readVarint(encoded, afterTag)[1];
        break;
      case 1:
        end = afterTag + 8;
        break;
      case 2: {
        const [len, afterLen] = readVarint(encoded, afterTag);
        valueStart = afterLen;
        end = afterLen + len;
        break;
      }
      case 5:
        end = afterTag + 4;
        break;
      default:
        throw new ProtocolError(`wire type ${wire} is not supported`);
    }
    if (end > encoded.length) throw new ProtocolError("truncated field");
    if (field === SIGNATURE_FIELD && wire === 2) signature = encoded.subarray(valueStart, end);
    else if (!UNSIGNED_FIELDS.has(field)) parts.push(encoded.subarray(start, end));
    at = end;
  }
  return { unsigned: Buffer.concat(parts), signature };
}

/** Signs encoded request bytes (which carry the signer's public key) and appends the signature field. */
export function appendSignature(unsigned: Uint8Array, key: SigningKey): Uint8Array {
  const signature = key.sign(unsigned);
  return Buffer.concat([unsigned, Buffer.from([(SIGNATURE_FIELD << 3) | 2, ...writeVarint(signature.length)]), signature]);
}

/** A request's bytes as a caller sends them: signed when it has a key, plain otherwise. */
export function encodeRequestAs(request: Request, key: SigningKey | undefined): Uint8Array {
  return key ? encodeSignedRequest(request, key) : encodeRequest(request);
}

/**
 * The bytes of one request for each of its target hosts. Signed, the
 * request names the root of the targets' hash tree (signed once) and each
 * host gets its proof appended, so a copy re-sent to another host is
 * refused there. Unsigned, every host gets the same bytes.
 */
export function encodeForTargets(request: Request, key: SigningKey | undefined, targets: readonly string[]): (identity: string) => Uint8Array {
  if (!key || targets.length === 0) {
    const bytes = encodeRequestAs(request, key);
    return () => bytes;
  }
  const tree = new TargetTree(targets);
  request.targetsRoot = tree.root;
  const signed = encodeSignedRequest(request, key);
  return (identity) => {
    const steps = tree.proof(identity);
    if (steps.length === 0) return signed;
    return Buffer.concat([signed, ...steps.flatMap((step) => [Buffer.from([(PROOF_FIELD << 3) | 2, ...writeVarint(step.length)]), step])]);
  };
}

/** Encodes a request signed with `key` (its caller_public_key set to the key's). */
export function encodeSignedRequest(request: Request, key: SigningKey): Uint8Array {
  request.callerPublicKey = key.publicKey;
  request.signature = new Uint8Array(0);
  return appendSignature(encodeRequest(request), key);
}
