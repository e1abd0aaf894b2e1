/**
 * The transport seam, and the one file that imports the NATS client.
 * Everything else sends and receives through the Transport interface, so
 * unit tests can use an in-memory transport instead.
 */
import { readFileSync } from "node:fs";
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

class NatsTransport implements Transport {
  constructor(private readonly nc: NatsConnection) {}

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
