/**
 * An in-memory Transport for fast unit tests: subjects with * and >
 * wildcards, asynchronous delivery, no network.
 */
import type { KvBucket, KvBucketSpec, KvEntry, KvStore, Message, Subscription, Transport } from "../../proto/wire/index.js";

/** A bucket kept in memory: revisions count up per bucket; entries older than maxAgeMs are gone, as on the broker. */
class MemoryBucket implements KvBucket {
  private revision = 0;
  private readonly watchers = new Set<{ key: string; handler: (entry: KvEntry | null) => void }>();
  private readonly data = new Map<string, KvEntry>();

  constructor(
    readonly name: string,
    private readonly maxAgeMs: number,
    private readonly now: () => number,
  ) {}

  private live(key: string): KvEntry | undefined {
    const e = this.data.get(key);
    if (e && this.maxAgeMs > 0 && this.now() - e.timeMs >= this.maxAgeMs) {
      this.data.delete(key);
      return undefined;
    }
    return e;
  }

  async get(key: string): Promise<KvEntry | null> {
    return this.live(key) ?? null;
  }

  async put(key: string, value: Uint8Array): Promise<number> {
    const revision = ++this.revision;
    const entry = { key, value, revision, timeMs: this.now() };
    this.data.set(key, entry);
    for (const w of this.watchers) if (w.key === key) queueMicrotask(() => w.handler(entry));
    return revision;
  }

  async create(key: string, value: Uint8Array): Promise<number | null> {
    return this.live(key) ? null : this.put(key, value);
  }

  async update(key: string, value: Uint8Array, revision: number): Promise<number | null> {
    return this.live(key)?.revision === revision ? this.put(key, value) : null;
  }

  async delete(key: string, revision?: number): Promise<boolean> {
    if (revision !== undefined && this.live(key)?.revision !== revision) return false;
    this.revision++;
    this.data.delete(key);
    for (const w of this.watchers) if (w.key === key) queueMicrotask(() => w.handler(null));
    return true;
  }

  async entries(): Promise<KvEntry[]> {
    return [...this.data.keys()].map((k) => this.live(k)).filter((e): e is KvEntry => e !== undefined);
  }

  async keys(): Promise<string[]> {
    return (await this.entries()).map((e) => e.key);
  }

  watch(key: string, handler: (entry: KvEntry | null) => void): () => void {
    const watcher = { key, handler };
    this.watchers.add(watcher);
    const now = this.live(key);
    if (now) queueMicrotask(() => handler(now));
    return () => this.watchers.delete(watcher);
  }
}

interface Sub {
  tokens: string[];
  handler: (msg: Message) => void;
  closed: boolean;
}

function matches(pattern: string[], subject: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === ">") return subject.length > i;
    if (i >= subject.length) return false;
    if (pattern[i] !== "*" && pattern[i] !== subject[i]) return false;
  }
  return pattern.length === subject.length;
}

export class MemoryBroker {
  private readonly subs: Sub[] = [];
  private readonly buckets = new Map<string, MemoryBucket>();
  /** The broker's clock (tests move it to expire keys). */
  now: () => number = Date.now;
  readonly kvStore: KvStore = {
    ensure: async (spec: KvBucketSpec) => {
      let bucket = this.buckets.get(spec.name);
      if (!bucket) this.buckets.set(spec.name, (bucket = new MemoryBucket(spec.name, spec.maxAgeMs ?? 0, () => this.now())));
      return bucket;
    },
    open: async (name: string) => this.buckets.get(name) ?? null,
  };
  private counter = 0;
  readonly published: Message[] = [];

  deliver(msg: Message): void {
    this.published.push(msg);
    const tokens = msg.subject.split(".");
    for (const sub of this.subs) {
      if (!sub.closed && matches(sub.tokens, tokens)) queueMicrotask(() => !sub.closed && sub.handler(msg));
    }
  }

  connect(maxPayload = 1024 * 1024): Transport {
    let closed = false;
    const mine: Sub[] = [];
    const broker = this;
    return {
      maxPayload,
      // Copied, as the NATS client copies what is published into its outbound buffer: the caller may reuse its memory at once.
      publish: (subject, data, reply) => {
        if (!closed) broker.deliver({ subject, data: Uint8Array.prototype.slice.call(data), reply });
      },
      subscribe: (subject, handler): Subscription => {
        const sub: Sub = { tokens: subject.split("."), handler, closed: false };
        broker.subs.push(sub);
        mine.push(sub);
        return { unsubscribe: () => (sub.closed = true) };
      },
      newInbox: (prefix) => `${prefix}.inbox${++broker.counter}`,
      request: (subject, data, timeoutMs) =>
        new Promise<Message>((resolve, reject) => {
          const inbox = `_INBOX.memory.${++broker.counter}`;
          const sub: Sub = { tokens: inbox.split("."), handler: (m) => ((sub.closed = true), clearTimeout(timer), resolve(m)), closed: false };
          const timer = setTimeout(() => ((sub.closed = true), reject(new Error("request timed out"))), timeoutMs);
          broker.subs.push(sub);
          broker.deliver({ subject, data: Uint8Array.prototype.slice.call(data), reply: inbox });
        }),
      flush: async () => undefined,
      drain: async () => {
        for (const s of mine) s.closed = true;
        closed = true;
      },
      close: async () => {
        for (const s of mine) s.closed = true;
        closed = true;
      },
      closed: () => new Promise(() => undefined),
      // No object store and no record streams: both are optional seams.
      kv: () => broker.kvStore,
      // The in-memory broker has no permissions: nothing is ever refused.
      onRefused: () => () => undefined,
      // Nor does its connection ever drop.
      onConnection: () => () => undefined,
    };
  }
}
