/**
 * The agent's entry in the host registry (proto/domain/registry.ts): its
 * snapshot written at start, when it changes (checked when told, e.g. a
 * host enabled or an instance created) and on every heartbeat. A clean
 * stop deletes the entry: the host left on purpose, so no caller waits
 * for it. Writing is best effort: a broker without JetStream, or a user
 * not allowed to write the bucket, leaves the host out of the registry
 * (logged once), never out of service.
 */
import type { KvBucket, Transport } from "../../proto/wire/index.js";
import { encodeSnapshot, HOSTS_BUCKET, type RegistrySnapshot } from "../../proto/domain/index.js";
import type { Logger } from "./log.js";

export interface RegistrySettings {
  heartbeat: number;
  missed: number;
  max_age: number;
}

export class RegistryWriter {
  private bucket: KvBucket | undefined;
  private timer: NodeJS.Timeout | undefined;
  private last = "";
  private lastWriteMs = 0;
  private pending: Promise<void> | undefined;
  private again = false;
  private failing = false;
  private stopped = false;

  constructor(
    private readonly transport: Transport,
    private readonly identity: string,
    private readonly settings: RegistrySettings,
    private readonly snapshot: () => Omit<RegistrySnapshot, "time_ms" | "heartbeat_ms" | "missed">,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const kv = this.transport.kv?.();
    if (!kv) return;
    try {
      this.bucket = await kv.ensure({ name: HOSTS_BUCKET, maxAgeMs: this.settings.max_age });
    } catch (err) {
      this.log.warn({ err: (err as Error).message, bucket: HOSTS_BUCKET }, "cannot open the host registry: this host is found by broadcast discovery only");
      return;
    }
    await this.write(true);
    this.timer = setInterval(() => void this.changed(true), this.settings.heartbeat);
    this.timer.unref();
  }

  /** Writes the snapshot if it changed (or, with `heartbeat`, in any case). Calls that come while a write runs are folded into one more. */
  changed(heartbeat = false): Promise<void> {
    if (!this.bucket || this.stopped) return Promise.resolve();
    if (this.pending) {
      this.again ||= true;
      return this.pending;
    }
    this.pending = this.write(heartbeat).finally(() => {
      this.pending = undefined;
      if (this.again) {
        this.again = false;
        void this.changed();
      }
    });
    return this.pending;
  }

  private async write(force: boolean): Promise<void> {
    if (!this.bucket) return;
    const state = this.snapshot();
    const key = JSON.stringify(state);
    // A heartbeat that comes soon after a write (a change) is not needed.
    if (!force && key === this.last) return;
    if (force && key === this.last && Date.now() - this.lastWriteMs < this.settings.heartbeat / 2) return;
    const snapshot: RegistrySnapshot = { ...state, time_ms: Date.now(), heartbeat_ms: this.settings.heartbeat, missed: this.settings.missed };
    try {
      await this.bucket.put(this.identity, encodeSnapshot(snapshot));
      this.last = key;
      this.lastWriteMs = Date.now();
      if (this.failing) this.log.info({ bucket: HOSTS_BUCKET }, "host registry written again");
      this.failing = false;
    } catch (err) {
      if (!this.failing) this.log.warn({ err: (err as Error).message, bucket: HOSTS_BUCKET }, "cannot write this host's registry entry: retrying at the next heartbeat");
      this.failing = true;
    }
  }

  /** Stops the heartbeat and removes the entry (a clean stop). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.pending?.catch(() => undefined);
    if (!this.bucket) return;
    try {
      await this.bucket.delete(this.identity);
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "cannot remove this host's registry entry: it will show as gone");
    }
  }
}
