/**
 * This host's part of the instance index (proto/domain/registry.ts,
 * bucket ampm-instances): name claims for creates, and the current record
 * of each instance it owns, kept in step with what refresh() reads.
 *
 * Without the bucket (a broker without JetStream, a user not allowed to
 * write it) creates go on as before, unique per host only: logged once.
 */
import type { Logger } from "pino";
import { encodeJson, Status, StatusError, type KvBucket, type Transport } from "../../../proto/wire/index.js";
import { INSTANCES_BUCKET, instanceRecord, NAME_TAKEN, type InstanceRecord } from "../../../proto/domain/index.js";
import type { Instance } from "./model.js";

export class InstanceIndex {
  private bucket: Promise<KvBucket | undefined> | undefined;
  /** What this host last wrote for each instance it owns: key → revision and the record's state. */
  private readonly written = new Map<string, { revision: number; state: string; profile: string }>();
  private syncing: Promise<void> = Promise.resolve();
  private warned = false;

  constructor(
    private readonly transport: Transport,
    private readonly identity: string,
    private readonly log: Logger,
  ) {}

  private open(): Promise<KvBucket | undefined> {
    this.bucket ??= (async () => {
      try {
        return await this.transport.kv?.().ensure({ name: INSTANCES_BUCKET });
      } catch (err) {
        this.warn("cannot open the instance index: hostnames are unique on this host only", err);
        this.bucket = undefined; // try again next time
        return undefined;
      }
    })();
    return this.bucket;
  }

  private warn(message: string, err: unknown): void {
    if (this.warned) return;
    this.warned = true;
    this.log.warn({ err: (err as Error).message, bucket: INSTANCES_BUCKET }, message);
  }

  private record(hostname: string, profile: string, state: string): Uint8Array {
    const value: InstanceRecord = { hostname, host: this.identity, profile, state, time_ms: Date.now() };
    return encodeJson(value);
  }

  /**
   * Claims the hostname fleet-wide for a create here; a StatusError
   * (ABORTED, "name taken: ...") when another host's create or instance
   * holds it. A claim this host left behind (a crash) is taken over when
   * no instance or create of that name is here (`ownsName`).
   */
  async claim(hostname: string, profile: string, ownsName: (hostname: string) => boolean): Promise<void> {
    const bucket = await this.open();
    if (!bucket) return;
    let revision: number | null;
    try {
      revision = await bucket.create(hostname, this.record(hostname, profile, "creating"));
      if (revision === null) {
        const entry = await bucket.get(hostname);
        const held = entry && instanceRecord(entry);
        if (entry && held?.host === this.identity && !ownsName(hostname)) revision = await bucket.update(hostname, this.record(hostname, profile, "creating"), entry.revision);
        else if (!entry) revision = await bucket.create(hostname, this.record(hostname, profile, "creating"));
        if (revision === null) {
          const who = held ? `${held.host === this.identity ? "this host" : held.host} (${held.state}${held.profile ? `, profile ${held.profile}` : ""})` : "another create";
          throw new StatusError(Status.ABORTED, `${NAME_TAKEN}: ${hostname} is held by ${who}; hostnames are unique across the fleet`);
        }
      }
    } catch (err) {
      if (err instanceof StatusError) throw err;
      this.warn("cannot write the instance index: hostnames are unique on this host only", err);
      return;
    }
    this.written.set(hostname, { revision, state: "creating", profile });
  }

  /** Gives up a claim of a create that failed (only while it is still this create's). */
  async release(hostname: string): Promise<void> {
    const mine = this.written.get(hostname);
    if (!mine) return;
    this.written.delete(hostname);
    const bucket = await this.open();
    await bucket?.delete(hostname, mine.revision).catch((err: unknown) => this.warn("cannot write the instance index", err));
  }

  /**
   * Brings the index in step with this host's instances (after every
   * refresh): writes the ones that are new here or changed state, deletes
   * the ones this host wrote that are gone (destroyed, or moved: then the
   * target has written the key since, and the delete, bound to this host's
   * revision, does nothing). `creating`: names of creates in flight.
   */
  sync(instances: readonly Instance[], creating: ReadonlySet<string>): Promise<void> {
    // Names in flight (a create, an incoming migration) are written by the claim, or when it ends.
    const snapshot = instances.filter((i) => !creating.has(i.hostname)).map((i) => ({ hostname: i.hostname, profile: i.profile, state: i.state }));
    this.syncing = this.syncing.then(() => this.apply(snapshot, creating)).catch((err: unknown) => this.warn("cannot write the instance index", err));
    return this.syncing;
  }

  private async apply(instances: { hostname: string; profile: string; state: string }[], creating: ReadonlySet<string>): Promise<void> {
    const bucket = await this.open();
    if (!bucket) return;
    const here = new Set(instances.map((i) => i.hostname));
    for (const i of instances) {
      const known = this.written.get(i.hostname);
      if (known && known.state === i.state && known.profile === i.profile) continue;
      const revision = await bucket.put(i.hostname, this.record(i.hostname, i.profile, i.state));
      this.written.set(i.hostname, { revision, state: i.state, profile: i.profile });
    }
    for (const [hostname, mine] of [...this.written]) {
      if (here.has(hostname) || creating.has(hostname)) continue;
      this.written.delete(hostname);
      await bucket.delete(hostname, mine.revision);
    }
  }

  /** At start: this host's records that name instances it no longer has (and no create in flight) are deleted. */
  async reconcile(instances: readonly Instance[], creating: ReadonlySet<string>): Promise<void> {
    const bucket = await this.open();
    if (!bucket) return;
    try {
      const here = new Set(instances.map((i) => i.hostname));
      for (const entry of await bucket.entries()) {
        const rec = instanceRecord(entry);
        if (rec?.host === this.identity && !here.has(rec.hostname) && !creating.has(rec.hostname)) await bucket.delete(entry.key, entry.revision);
      }
    } catch (err) {
      this.warn("cannot read the instance index", err);
    }
    await this.sync(instances, creating);
  }
}
