/**
 * The transport seam, and the one file that imports the NATS client.
 * Everything else sends and receives through the Transport interface, so
 * unit tests can use an in-memory transport instead.
 */
import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { Objm, StorageType, type ObjectStore } from "@nats-io/obj";
import { connect, credsAuthenticator, type Msg, type NatsConnection } from "@nats-io/transport-node";
import { ConnectionError } from "./errors.js";

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
  /** Files in the broker's object store (JetStream), chunked and flow-controlled: volume data in transit. */
  blobs(): BlobStore;
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
  tls?: TlsFiles;
  /** Reply subjects of this connection start with it (broker permissions). */
  inboxPrefix?: string;
  /** Keep trying forever, also before the first connection (agents). */
  persistent?: boolean;
  connectTimeoutMs?: number;
  /** Connection events: disconnect, reconnect, errors from the broker (permission violations). */
  onEvent?: (event: { type: string; detail: string }) => void;
}

class NatsBlobStore implements BlobStore {
  private readonly buckets = new Map<string, Promise<ObjectStore>>();
  private readonly objm: Objm;

  constructor(nc: NatsConnection) {
    this.objm = new Objm(nc);
  }

  private bucket(name: string): Promise<ObjectStore> {
    let store = this.buckets.get(name);
    if (!store) {
      store = this.objm.open(name).catch(() => this.objm.create(name, { storage: StorageType.File }));
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

class NatsTransport implements Transport {
  private blobStore: NatsBlobStore | undefined;

  constructor(private readonly nc: NatsConnection) {}

  blobs(): BlobStore {
    this.blobStore ??= new NatsBlobStore(this.nc);
    return this.blobStore;
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

export async function connectTransport(options: TransportOptions): Promise<Transport> {
  const servers = [...options.servers];
  let authenticator;
  if (options.credsFile) {
    try {
      authenticator = credsAuthenticator(readFileSync(options.credsFile));
    } catch (err) {
      throw new ConnectionError(`cannot read credentials file ${options.credsFile}: ${(err as Error).message}`, { cause: err });
    }
  }
  const tls = options.tls && (options.tls.ca || options.tls.cert || options.tls.key)
    ? { caFile: options.tls.ca, certFile: options.tls.cert, keyFile: options.tls.key }
    : undefined;
  let nc: NatsConnection;
  try {
    nc = await connect({
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
      waitOnFirstConnect: options.persistent ?? false,
      noEcho: false,
    });
  } catch (err) {
    const reason = (err as Error).message || String(err);
    throw new ConnectionError(`cannot connect to ${servers.join(", ")}: ${reason}`, { cause: err });
  }
  if (options.onEvent) {
    const onEvent = options.onEvent;
    void (async () => {
      for await (const s of nc.status()) {
        const detail = "server" in s ? String(s.server) : "error" in s ? String(s.error) : "";
        onEvent({ type: s.type, detail });
      }
    })();
  }
  return new NatsTransport(nc);
}
