/**
 * The transport seam, and the one file that imports the NATS client.
 * Everything else sends and receives through the Transport interface, so
 * unit tests can use an in-memory transport instead.
 */
import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { DeliverPolicy, DiscardPolicy, jetstream, jetstreamManager, JetStreamApiError, StorageType as JsStorageType } from "@nats-io/jetstream";
import { Kvm, type KV } from "@nats-io/kv";
import { Objm, StorageType, type ObjectStore } from "@nats-io/obj";
import { connect, credsAuthenticator, PermissionViolationError, type Authenticator, type Msg, type NatsConnection } from "@nats-io/transport-node";
import { ConfigError, ConnectionError, PermissionError } from "./errors.js";

export interface Message {
  subject: string;
  data: Uint8Array;
  reply?: string;
}

export interface Subscription {
  unsubscribe(): void;
}

export interface Transport {
  /** Largest message the broker accepts, in bytes. */
  readonly maxPayload: number;
  publish(subject: string, data: Uint8Array, reply?: string): void;
  /** Handlers run synchronously on delivery; they must not throw. */
  subscribe(subject: string, handler: (msg: Message) => void, options?: { queue?: string }): Subscription;
  newInbox(prefix: string): string;
  /** One request, one reply (the broker's own request/reply; used by benchmarks and probes). */
  request(subject: string, data: Uint8Array, timeoutMs: number): Promise<Message>;
  flush(): Promise<void>;
  /** Stops subscriptions, delivers what is pending, then closes. */
  drain(): Promise<void>;
  close(): Promise<void>;
  /** Resolves when the connection closes for good (with the error, if any). */
  closed(): Promise<Error | undefined>;
  /**
   * Files in the broker's object store (JetStream), chunked and flow-controlled:
   * images and the object-store migration path. Absent on transports without
   * one: use blobStore(transport), which says so.
   */
  blobs?(): BlobStore;
  /** Streams of records kept by the broker (JetStream): the audit trail. Absent on transports without them: recordStreams(transport). */
  streams?(): StreamStore;
  /** Key-value buckets kept by the broker (JetStream KV): the host registry, claims, leases. Absent on transports without them. */
  kv?(): KvStore;
  /**
   * Calls `handler` when the broker refuses a publish or a subscription of
   * this connection (its user's subject permissions); returns the way to stop.
   */
  onRefused(handler: (refusal: Refusal) => void): () => void;
  /** Calls `handler` when the connection to the broker is lost, comes back, or closes for good; returns the way to stop. */
  onConnection(handler: (event: ConnectionEvent) => void): () => void;
}

/** The transport's object store; a ConfigError when it has none. */
export function blobStore(transport: Transport): BlobStore {
  const store = transport.blobs?.();
  if (!store) throw new ConfigError("this connection has no object store (it needs a broker with JetStream)");
  return store;
}

/** The transport's record streams; a ConfigError when it has none. */
export function recordStreams(transport: Transport): StreamStore {
  const streams = transport.streams?.();
  if (!streams) throw new ConfigError("this connection has no record streams (it needs a broker with JetStream)");
  return streams;
}

export type ConnectionEvent = "disconnect" | "reconnect" | "close";

/** A publish or subscription the broker did not allow. */
export interface Refusal {
  operation: "publish" | "subscription";
  subject: string;
  message: string;
}

export interface StreamSpec {
  name: string;
  subjects: string[];
  /** 0: kept until max_bytes pushes the oldest out. */
  maxAgeMs?: number;
  maxBytes?: number;
  /** Copies kept on a cluster's nodes; default: the connection's `replicas`. */
  replicas?: number;
}

export interface StreamRecord {
  subject: string;
  data: Uint8Array;
  seq: number;
  timeMs: number;
}

export interface StreamReadOptions {
  /** Only records on this subject (wildcards allowed). */
  subject?: string;
  /** Only records stored at or after this time. */
  sinceMs?: number;
  /** Keep reading new records after the stored ones, until the signal aborts. */
  follow?: boolean;
  signal?: AbortSignal;
}

export interface StreamStore {
  /** Creates the stream unless it exists; which of the two happened. */
  ensure(spec: StreamSpec): Promise<"created" | "exists">;
  /**
   * Publishes into a stream and waits until the broker has stored it. With
   * the same `msgId` within the stream's duplicate window, a second copy is
   * not stored again (so a retry after a lost acknowledgement is safe).
   */
  append(subject: string, data: Uint8Array, msgId: string, timeoutMs?: number): Promise<void>;
  /** Stored records in order (then new ones, with follow); a ConnectionError when the stream does not exist. */
  read(name: string, options?: StreamReadOptions): AsyncIterable<StreamRecord>;
}

/** One key's current value in a bucket. */
export interface KvEntry {
  key: string;
  value: Uint8Array;
  /** The bucket-wide sequence of this write: compare-and-set (update) takes it. */
  revision: number;
  /** When the broker stored this write (its clock). */
  timeMs: number;
}

export interface KvBucketSpec {
  /** Letters, digits, - and _. */
  name: string;
  /**
   * Every write is removed this long after it was stored (0: kept). The
   * broker (2.9) has no per-key expiry: a key that must outlive it is
   * written again before then (a heartbeat).
   */
  maxAgeMs?: number;
  /** Copies kept on a cluster's nodes; default: the connection's `replicas` (TransportOptions). */
  replicas?: number;
}

/** A bucket of keys (letters, digits, and - _ / = .), each with its latest value. */
export interface KvBucket {
  readonly name: string;
  get(key: string): Promise<KvEntry | null>;
  /** Writes the value; the new revision. */
  put(key: string, value: Uint8Array): Promise<number>;
  /** Writes only when the key has no value (never written, deleted or expired): the revision, or null when it has one. */
  create(key: string, value: Uint8Array): Promise<number | null>;
  /** Writes only when the key's latest revision is still `revision`: the new revision, or null when someone wrote since. */
  update(key: string, value: Uint8Array, revision: number): Promise<number | null>;
  /** Deletes the key; with `revision`, only when that is still its latest (false when someone wrote since). */
  delete(key: string, revision?: number): Promise<boolean>;
  /** Every key's current entry (deleted and expired keys left out), in one pass over the bucket. */
  entries(): Promise<KvEntry[]>;
  /** Calls `handler` with the key's current value (if any), then with each new one (null: deleted); returns the way to stop. */
  watch(key: string, handler: (entry: KvEntry | null) => void): () => void;
  keys(): Promise<string[]>;
}

export interface KvStore {
  /** Opens the bucket, creating it with `spec` when it does not exist (an existing bucket keeps its settings). */
  ensure(spec: KvBucketSpec): Promise<KvBucket>;
  /** The bucket, or null when the broker has none by that name (or no JetStream). */
  open(name: string): Promise<KvBucket | null>;
}

export interface BlobInfo {
  name: string;
  size: number;
  /** "SHA-256=<base64>", computed by the object store. */
  digest: string;
}

export interface BlobStore {
  put(bucket: string, name: string, file: string): Promise<BlobInfo>;
  /** Writes the object into `file`; null when there is no such object. */
  get(bucket: string, name: string, file: string): Promise<BlobInfo | null>;
  info(bucket: string, name: string): Promise<BlobInfo | null>;
  delete(bucket: string, name: string): Promise<void>;
}

export interface NkeySigner {
  readonly publicKey: string;
  sign(data: Uint8Array): Uint8Array;
}

export interface TlsFiles {
  ca?: string;
  cert?: string;
  key?: string;
}

export interface TransportOptions {
  servers: readonly string[];
  name?: string;
  user?: string;
  password?: string;
  token?: string;
  /** A NATS credentials file (JWT + nkey seed). */
  credsFile?: string;
  /** Log in as an nkeys user (the broker's nonce is signed with this key). */
  nkey?: NkeySigner;
  tls?: TlsFiles;
  /** Reply subjects of this connection start with it (broker permissions). */
  inboxPrefix?: string;
  /**
   * How many copies the JetStream assets this connection creates are kept
   * on (KV buckets, streams, object stores): 1 on a single broker, 3 on a
   * 3-node cluster (at most 5, and no more than the cluster's nodes). An
   * asset that exists keeps its own. Default 1.
   */
  replicas?: number;
  /** Keep trying forever, also before the first connection (agents). */
  persistent?: boolean;
  connectTimeoutMs?: number;
  /**
   * Connection events: disconnect, reconnect, errors from the broker
   * (permission violations); with `persistent`, also "unreachable" (the
   * first connection failed) and "retry" (the next attempt and its delay).
   */
  onEvent?: (event: { type: string; detail: string }) => void;
}

/** Delays between connection attempts of a persistent connection: doubling from 0.5 s to 10 s, with jitter. */
export const RETRY_BACKOFF = Object.freeze({ firstMs: 500, maxMs: 10_000, jitter: 0.2 });

function backoffMs(attempt: number): number {
  const base = Math.min(RETRY_BACKOFF.maxMs, RETRY_BACKOFF.firstMs * 2 ** Math.min(attempt - 1, 16));
  return Math.round(base * (1 - RETRY_BACKOFF.jitter / 2 + Math.random() * RETRY_BACKOFF.jitter));
}

class NatsBlobStore implements BlobStore {
  private readonly buckets = new Map<string, Promise<ObjectStore>>();
  private readonly objm: Objm;

  constructor(
    nc: NatsConnection,
    private readonly replicas: number,
  ) {
    this.objm = new Objm(nc);
  }

  private bucket(name: string): Promise<ObjectStore> {
    let store = this.buckets.get(name);
    if (!store) {
      store = this.objm.open(name).catch(() => this.objm.create(name, { storage: StorageType.File, replicas: this.replicas }));
      store.catch(() => this.buckets.delete(name));
      this.buckets.set(name, store);
    }
    return store;
  }

  async put(bucket: string, name: string, file: string): Promise<BlobInfo> {
    const store = await this.bucket(bucket);
    const stream = Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
    const info = await store.put({ name }, stream);
    return { name: info.name, size: info.size, digest: info.digest };
  }

  async get(bucket: string, name: string, file: string): Promise<BlobInfo | null> {
    const store = await this.bucket(bucket);
    const result = await store.get(name);
    if (!result) return null;
    await pipeline(Readable.fromWeb(result.data as unknown as WebReadableStream<Uint8Array>), createWriteStream(file));
    const err = await result.error;
    if (err) throw err;
    return { name: result.info.name, size: result.info.size, digest: result.info.digest };
  }

  async info(bucket: string, name: string): Promise<BlobInfo | null> {
    const info = await (await this.bucket(bucket)).info(name);
    return info && !info.deleted ? { name: info.name, size: info.size, digest: info.digest } : null;
  }

  async delete(bucket: string, name: string): Promise<void> {
    const store = await this.bucket(bucket);
    if (await store.info(name)) await store.delete(name);
  }
}

const STREAM_NOT_FOUND = 10059;

class NatsStreamStore implements StreamStore {
  constructor(
    private readonly nc: NatsConnection,
    private readonly replicas: number,
  ) {}

  async append(subject: string, data: Uint8Array, msgId: string, timeoutMs = 5000): Promise<void> {
    await jetstream(this.nc).publish(subject, data, { msgID: msgId, timeout: timeoutMs });
  }

  async ensure(spec: StreamSpec): Promise<"created" | "exists"> {
    const jsm = await jetstreamManager(this.nc);
    try {
      await jsm.streams.info(spec.name);
      return "exists";
    } catch (err) {
      if (!(err instanceof JetStreamApiError) || err.code !== STREAM_NOT_FOUND) throw err;
    }
    await jsm.streams.add({
      name: spec.name,
      subjects: spec.subjects,
      storage: JsStorageType.File,
      max_age: (spec.maxAgeMs ?? 0) * 1_000_000,
      max_bytes: spec.maxBytes ?? -1,
      discard: DiscardPolicy.Old,
      num_replicas: spec.replicas ?? this.replicas,
    });
    return "created";
  }

  async *read(name: string, options: StreamReadOptions = {}): AsyncIterable<StreamRecord> {
    const js = jetstream(this.nc);
    let consumer;
    try {
      consumer = await js.consumers.get(name, {
        filter_subjects: options.subject ?? ">",
        ...(options.sinceMs !== undefined
          ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(options.sinceMs).toISOString() }
          : { deliver_policy: DeliverPolicy.All }),
      });
    } catch (err) {
      if (err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND) throw new ConnectionError(`the broker has no stream ${name}`, { cause: err });
      throw err;
    }
    let pending = (await consumer.info(true)).num_pending;
    if (pending === 0 && !options.follow) return;
    const messages = await consumer.consume({ max_messages: 512 });
    const stop = () => void messages.close();
    options.signal?.addEventListener("abort", stop, { once: true });
    try {
      if (options.signal?.aborted) return;
      for await (const m of messages) {
        yield { subject: m.subject, data: m.data, seq: m.seq, timeMs: Number(m.timestampNanos / 1_000_000n) };
        pending = m.info.pending;
        if (pending === 0 && !options.follow) break;
      }
    } finally {
      options.signal?.removeEventListener("abort", stop);
      await messages.close();
    }
  }
}

const WRONG_LAST_SEQUENCE = 10071;
/**
 * A bucket read that delivers nothing for this long is over (a fallback:
 * the pending count ends it). Generous, for a busy broker with 10,000
 * hosts heartbeating into the registry.
 */
const KV_IDLE_MS = 5000;
const KEY_EXISTS_PATTERN = /wrong last sequence|key exists/i;

function isWriteConflict(err: unknown): boolean {
  return (err instanceof JetStreamApiError && err.code === WRONG_LAST_SEQUENCE) || KEY_EXISTS_PATTERN.test((err as Error)?.message ?? "");
}

/** Code of "JetStream system temporarily unavailable" (a cluster without a leader for the asset yet). */
const JS_TEMPORARILY_UNAVAILABLE = 10008;
/**
 * A JetStream cluster that lost a node answers nothing for the assets that
 * node led until their new leaders are elected (a few seconds): reads are
 * tried again for this long before they fail.
 */
export const JS_READ_RETRY_MS = 20_000;

function isJsUnavailable(err: unknown): boolean {
  return (err as Error)?.name === "TimeoutError" || (err instanceof JetStreamApiError && err.code === JS_TEMPORARILY_UNAVAILABLE);
}

/** A read of a bucket, tried again while the cluster elects leaders; then a ConnectionError that says so. */
async function jsRead<T>(what: string, read: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + JS_READ_RETRY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (err) {
      if (!isJsUnavailable(err)) throw err;
      if (Date.now() >= deadline) throw new ConnectionError(`${what}: the broker's JetStream did not answer for ${JS_READ_RETRY_MS / 1000} s (no leader for it: fewer than a majority of the cluster's nodes up?)`, { cause: err });
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 200 * attempt)));
    }
  }
}

/** A write whose confirmation did not come: a ConnectionError (it may or may not have been stored). */
async function jsWrite<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isJsUnavailable(err)) throw new ConnectionError(`${what}: the broker's JetStream did not confirm it (a cluster electing a new leader after losing a node does not for a few seconds); whether it was stored is not known`, { cause: err });
    throw err;
  }
}

class NatsKvBucket implements KvBucket {
  constructor(
    private readonly nc: NatsConnection,
    private readonly kv: KV,
    readonly name: string,
  ) {}

  async get(key: string): Promise<KvEntry | null> {
    const e = await jsRead(`reading ${this.name}/${key}`, () => this.kv.get(key));
    if (!e || e.operation !== "PUT") return null;
    return { key: e.key, value: e.value, revision: e.revision, timeMs: e.created.getTime() };
  }

  put(key: string, value: Uint8Array): Promise<number> {
    return jsWrite(`writing ${this.name}/${key}`, () => this.kv.put(key, value));
  }

  async create(key: string, value: Uint8Array): Promise<number | null> {
    try {
      return await jsWrite(`writing ${this.name}/${key}`, () => this.kv.create(key, value));
    } catch (err) {
      if (isWriteConflict(err)) return null;
      throw err;
    }
  }

  async update(key: string, value: Uint8Array, revision: number): Promise<number | null> {
    try {
      return await jsWrite(`writing ${this.name}/${key}`, () => this.kv.update(key, value, revision));
    } catch (err) {
      if (isWriteConflict(err)) return null;
      throw err;
    }
  }

  async delete(key: string, revision?: number): Promise<boolean> {
    try {
      await jsWrite(`deleting ${this.name}/${key}`, () => this.kv.delete(key, revision !== undefined ? { previousSeq: revision } : undefined));
      return true;
    } catch (err) {
      if (revision !== undefined && isWriteConflict(err)) return false;
      throw err;
    }
  }

  entries(): Promise<KvEntry[]> {
    return jsRead(`reading ${this.name}`, () => this.readEntries());
  }

  private async readEntries(): Promise<KvEntry[]> {
    // The bucket's stream from its first message (with history 1 it holds only the last of each key): one
    // ordered pass, ended by the consumer's pending count; the latest message of a key wins. Not "last per
    // subject": nats-server 2.9 counted that consumer's pending short while keys were written during the pass
    // (registry heartbeats), and a read ended early (4,942 of 5,000 keys). A pause with nothing delivered also ends it.
    const prefix = `$KV.${this.name}.`;
    const consumer = await jetstream(this.nc).consumers.get(`KV_${this.name}`, { filter_subjects: `${prefix}>`, deliver_policy: DeliverPolicy.All });
    const latest = new Map<string, KvEntry | null>();
    if ((await consumer.info(true)).num_pending === 0) return [];
    const messages = await consumer.consume({ max_messages: 1024 });
    let idle: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => void messages.close(), KV_IDLE_MS);
    };
    arm();
    try {
      for await (const m of messages) {
        arm();
        const key = m.subject.slice(prefix.length);
        const op = m.headers?.get("KV-Operation");
        latest.set(key, op === "DEL" || op === "PURGE" ? null : { key, value: m.data, revision: m.seq, timeMs: Number(m.timestampNanos / 1_000_000n) });
        if (m.info.pending === 0) break;
      }
    } finally {
      clearTimeout(idle);
      await messages.close();
    }
    return [...latest.values()].filter((e): e is KvEntry => e !== null);
  }

  async keys(): Promise<string[]> {
    return (await this.entries()).map((e) => e.key);
  }

  watch(key: string, handler: (entry: KvEntry | null) => void): () => void {
    let stopped = false;
    let stop: (() => void) | undefined;
    void (async () => {
      const updates = await this.kv.watch({ key });
      stop = () => updates.stop();
      if (stopped) return stop();
      for await (const e of updates) handler(e.operation === "PUT" ? { key: e.key, value: e.value, revision: e.revision, timeMs: e.created.getTime() } : null);
    })().catch(() => undefined);
    return () => {
      stopped = true;
      stop?.();
    };
  }
}

class NatsKvStore implements KvStore {
  private readonly kvm: Kvm;

  constructor(
    private readonly nc: NatsConnection,
    private readonly replicas: number,
  ) {
    this.kvm = new Kvm(nc);
  }

  async ensure(spec: KvBucketSpec): Promise<KvBucket> {
    const existing = await this.open(spec.name);
    if (existing) return existing;
    const kv = await this.kvm.create(spec.name, { history: 1, ttl: spec.maxAgeMs ?? 0, replicas: spec.replicas ?? this.replicas, storage: JsStorageType.File });
    return new NatsKvBucket(this.nc, kv, spec.name);
  }

  async open(name: string): Promise<KvBucket | null> {
    try {
      await jsRead(`opening ${name}`, async () => (await jetstreamManager(this.nc)).streams.info(`KV_${name}`));
    } catch (err) {
      if (err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND) return null;
      if (/jetstream.*not (enabled|available)|503|no responders/i.test((err as Error).message ?? "")) return null;
      throw err;
    }
    return new NatsKvBucket(this.nc, await this.kvm.open(name), name);
  }
}

class NatsTransport implements Transport {
  private kvStore: NatsKvStore | undefined;
  private blobStore: NatsBlobStore | undefined;
  private streamStore: NatsStreamStore | undefined;
  private readonly refusalHandlers = new Set<(refusal: Refusal) => void>();
  private readonly connectionHandlers = new Set<(event: ConnectionEvent) => void>();
  /** Between a disconnect and a reconnect: nothing pending can reach the broker. */
  private disconnected = false;

  constructor(
    private readonly nc: NatsConnection,
    onEvent?: (event: { type: string; detail: string }) => void,
    /** Copies of the JetStream assets this connection creates. */
    private readonly replicas = 1,
  ) {
    void (async () => {
      for await (const s of nc.status()) {
        if (s.type === "error" && s.error instanceof PermissionViolationError) {
          const refusal: Refusal = { operation: s.error.operation, subject: s.error.subject, message: s.error.message };
          for (const handler of this.refusalHandlers) handler(refusal);
        }
        const event: ConnectionEvent | undefined = s.type === "disconnect" ? "disconnect" : s.type === "reconnect" ? "reconnect" : s.type === "close" ? "close" : undefined;
        if (event) this.disconnected = event !== "reconnect";
        if (event) for (const handler of this.connectionHandlers) handler(event);
        if (onEvent) {
          const detail = "server" in s ? String(s.server) : "error" in s ? String(s.error) : "";
          onEvent({ type: s.type, detail });
        }
      }
    })();
  }

  onRefused(handler: (refusal: Refusal) => void): () => void {
    this.refusalHandlers.add(handler);
    return () => this.refusalHandlers.delete(handler);
  }

  onConnection(handler: (event: ConnectionEvent) => void): () => void {
    this.connectionHandlers.add(handler);
    return () => this.connectionHandlers.delete(handler);
  }

  blobs(): BlobStore {
    this.blobStore ??= new NatsBlobStore(this.nc, this.replicas);
    return this.blobStore;
  }

  streams(): StreamStore {
    this.streamStore ??= new NatsStreamStore(this.nc, this.replicas);
    return this.streamStore;
  }

  kv(): KvStore {
    this.kvStore ??= new NatsKvStore(this.nc, this.replicas);
    return this.kvStore;
  }

  get maxPayload(): number {
    return this.nc.info?.max_payload ?? 1024 * 1024;
  }

  publish(subject: string, data: Uint8Array, reply?: string): void {
    this.nc.publish(subject, data, reply ? { reply } : undefined);
  }

  subscribe(subject: string, handler: (msg: Message) => void, options?: { queue?: string }): Subscription {
    return this.nc.subscribe(subject, {
      queue: options?.queue,
      callback: (err: Error | null, msg: Msg) => {
        if (!err) handler({ subject: msg.subject, data: msg.data, reply: msg.reply || undefined });
      },
    });
  }

  newInbox(prefix: string): string {
    return `${prefix}.${randomToken()}`;
  }

  async request(subject: string, data: Uint8Array, timeoutMs: number): Promise<Message> {
    const msg = await this.nc.request(subject, data, { timeout: timeoutMs });
    return { subject: msg.subject, data: msg.data, reply: msg.reply || undefined };
  }

  flush(): Promise<void> {
    return this.nc.flush();
  }

  async drain(): Promise<void> {
    // Disconnected, a drain would wait for the reconnect attempts to run out: close at once.
    if (this.disconnected) return this.close();
    if (!this.nc.isClosed() && !this.nc.isDraining()) await this.nc.drain();
  }

  async close(): Promise<void> {
    if (!this.nc.isClosed()) await this.nc.close();
  }

  async closed(): Promise<Error | undefined> {
    const err = await this.nc.closed();
    return err ?? undefined;
  }
}

const TOKEN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(22));
  let out = "";
  for (const b of bytes) out += TOKEN_CHARS[b % TOKEN_CHARS.length];
  return out;
}

/** Checks a replicas setting: an integer from 1 to 5 (JetStream's limit); the message says what is wrong. */
export function checkReplicas(value: unknown, what = "replicas"): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 5) {
    throw new ConfigError(`${what} ${JSON.stringify(value)}: a whole number from 1 to 5 (1 on a single broker, 3 on a 3-node cluster)`);
  }
  return value;
}

export async function connectTransport(options: TransportOptions): Promise<Transport> {
  const servers = [...options.servers];
  const replicas = checkReplicas(options.replicas ?? 1);
  let authenticator: Authenticator | undefined;
  if (options.credsFile) {
    try {
      authenticator = credsAuthenticator(readFileSync(options.credsFile));
    } catch (err) {
      throw new ConnectionError(`cannot read credentials file ${options.credsFile}: ${(err as Error).message}`, { cause: err });
    }
  }
  if (options.nkey && !authenticator) {
    const key = options.nkey;
    authenticator = (nonce?: string) => ({
      nkey: key.publicKey,
      sig: nonce ? Buffer.from(key.sign(new TextEncoder().encode(nonce))).toString("base64url") : "",
    });
  }
  const tls = options.tls && (options.tls.ca || options.tls.cert || options.tls.key)
    ? { caFile: options.tls.ca, certFile: options.tls.cert, keyFile: options.tls.key }
    : undefined;
  const onEvent = options.onEvent;
  // Persistent connections retry with backoff and say so at every attempt.
  let attempt = 0;
  let connected = false;
  const reconnectDelayHandler = options.persistent
    ? () => {
        // The first connection's attempts are this function's loop below; the client asks here only before giving up.
        if (!connected) return RETRY_BACKOFF.firstMs;
        const delay = backoffMs(++attempt);
        onEvent?.({ type: "retry", detail: `next attempt to reach ${servers.join(", ")} in ${delay} ms (attempt ${attempt})` });
        return delay;
      }
    : undefined;
  const open = () =>
    connect({
      servers,
      name: options.name,
      user: options.user,
      pass: options.password,
      token: options.token,
      authenticator,
      tls,
      inboxPrefix: options.inboxPrefix,
      timeout: options.connectTimeoutMs ?? 5000,
      reconnect: true,
      maxReconnectAttempts: options.persistent ? -1 : 10,
      reconnectTimeWait: 1000,
      reconnectDelayHandler,
      noEcho: false,
    });
  let nc: NatsConnection;
  try {
    for (;;) {
      try {
        nc = await open();
        connected = true;
        attempt = 0;
        break;
      } catch (err) {
        const reason = (err as Error).message || String(err);
        if (!options.persistent || /authorization violation|authentication|tls|certificate|self.signed/i.test(reason)) throw err;
        const delay = backoffMs(++attempt);
        onEvent?.({ type: "unreachable", detail: `cannot reach the broker at ${servers.join(", ")}: ${reason}; retrying in ${delay} ms (attempt ${attempt})` });
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  } catch (err) {
    const reason = (err as Error).message || String(err);
    if (/authorization violation|authentication/i.test(reason)) {
      const who = options.nkey ? `key ${options.nkey.publicKey}` : options.user ? `user ${options.user}` : options.credsFile ? `credentials ${options.credsFile}` : "no credentials";
      throw new PermissionError(`the broker at ${servers.join(", ")} refused the login (${who}): ${reason}`, { cause: err });
    }
    if (/tls|certificate|self.signed/i.test(reason)) {
      throw new ConnectionError(`cannot connect to ${servers.join(", ")}: ${reason} (a tls:// server needs the CA that signed its certificate: tls.ca, --tls-ca or AMPM_TLS_CA)`, { cause: err });
    }
    throw new ConnectionError(`cannot connect to ${servers.join(", ")}: ${reason}`, { cause: err });
  }
  const transport = new NatsTransport(nc, (event) => {
    if (event.type === "reconnect") attempt = 0;
    onEvent?.(event);
  }, replicas);
  return transport;
}
