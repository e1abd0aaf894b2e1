/**
 * The migration budget, the agent's side (the wire: proto/domain/budget.ts).
 * A migration asks for its leases before its data moves and waits
 * (queued) until it has all of them:
 *
 *   limits (bucket ampm-migration-budget, else the configured defaults)
 *   ─▶ for each scope with a limit (target, source, fleet): a free slot
 *      (create-if-absent), or a stale one (same revision for a whole TTL:
 *      compare-and-set on it)
 *   ─▶ a scope full: give back what was taken, wait, try again
 *   ─▶ all held: refreshed every TTL/3 until released (end, failure, abort)
 *
 * Taking all or nothing means a waiting migration never sits on a fleet
 * slot that another one, with a free target, could use. Without the
 * buckets (no JetStream, or not allowed) there is no budget: logged once.
 */
import type { Logger } from "pino";
import type { KvBucket, KvStore } from "../../../proto/wire/index.js";
import {
  decodeLease,
  decodeLimits,
  encodeLease,
  leaseKey,
  BUDGET_LIMITS_KEY,
  MIGRATION_BUDGET_BUCKET,
  MIGRATION_LEASES_BUCKET,
  type BudgetLimits,
  type LeaseRecord,
} from "../../../proto/domain/index.js";

export interface BudgetOptions {
  /** The broker's buckets; undefined: no budget. */
  kv: KvStore | undefined;
  /** This agent (the holder written in each lease). */
  identity: string;
  /** The configured limits; the bucket's `limits` key overrides each field it sets. */
  defaults: BudgetLimits;
  /** A lease not written again for this long may be taken over. */
  ttlMs: number;
  /** How often a waiting migration tries again (jittered ±25%). */
  pollMs?: number;
  log: Logger;
}

export interface LeaseRequest {
  migration: string;
  instance: string;
  source: string;
  target: string;
}

interface Held {
  key: string;
  revision: number;
}

/** The leases a migration holds; release() is safe to call more than once. */
export class Leases {
  private timer: NodeJS.Timeout | undefined;
  private released = false;
  /** Keys that someone else took over while this holder had them (it was thought dead). */
  readonly lost: string[] = [];

  constructor(
    private readonly bucket: KvBucket | undefined,
    readonly held: Held[],
    private readonly value: Uint8Array,
    refreshMs: number,
    private readonly log: Logger,
    private readonly ended: () => void = () => undefined,
    /** Told once the leases are given back (wakes this agent's waiting migrations). */
    private readonly freed: () => void = () => undefined,
  ) {
    if (bucket && held.length > 0) {
      this.timer = setInterval(() => void this.refresh(), refreshMs);
      this.timer.unref();
    }
  }

  /** The leases' keys, for the job's progress and the logs. */
  get keys(): string[] {
    return this.held.map((h) => h.key);
  }

  private async refresh(): Promise<void> {
    for (const h of [...this.held]) {
      if (this.released || !this.bucket) return;
      try {
        const revision = await this.bucket.update(h.key, this.value, h.revision);
        if (revision === null) {
          this.held.splice(this.held.indexOf(h), 1);
          this.lost.push(h.key);
          this.log.warn({ lease: h.key }, "a migration lease was taken over (not refreshed in time): the migration goes on without it");
        } else h.revision = revision;
      } catch (err) {
        this.log.warn({ lease: h.key, err: (err as Error).message }, "cannot refresh a migration lease; trying again");
      }
    }
  }

  /** Gives the leases back (only those still ours: delete on our revision). */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    this.ended();
    await Promise.all(this.held.map((h) => this.bucket?.delete(h.key, h.revision).catch(() => false)));
    if (this.held.length > 0) this.freed();
    this.held.length = 0;
  }

  /** Stops refreshing without giving anything back, as a killed holder would (tests). */
  abandon(): void {
    this.released = true;
    clearInterval(this.timer);
  }
}

export class MigrationBudget {
  private buckets: Promise<{ leases: KvBucket; limits: KvBucket } | undefined> | undefined;
  /** Leases seen held by others: key → the revision and when it was first seen (this agent's clock). */
  private readonly seen = new Map<string, { revision: number; atMs: number }>();
  /**
   * Migrations this agent (this process) is taking or holding leases for. A
   * lease with this agent as its holder for any other migration is from
   * before a restart (nobody refreshes it): taken over at once.
   */
  private readonly mine = new Set<string>();
  /** This agent's waiting migrations: woken when one of its own migrations gives its leases back (others' are seen by polling). */
  private readonly waiting = new Set<() => void>();

  constructor(private readonly options: BudgetOptions) {}

  private open(): Promise<{ leases: KvBucket; limits: KvBucket } | undefined> {
    this.buckets ??= (async () => {
      const kv = this.options.kv;
      if (!kv) {
        this.options.log.info("no migration budget: the transport has no key-value buckets");
        return undefined;
      }
      try {
        // Max age: a backstop for leases nobody refreshes (holders write every TTL/3).
        const leases = await kv.ensure({ name: MIGRATION_LEASES_BUCKET, maxAgeMs: Math.max(10 * this.options.ttlMs, 60_000) });
        const limits = await kv.ensure({ name: MIGRATION_BUDGET_BUCKET });
        return { leases, limits };
      } catch (err) {
        this.options.log.warn({ err: (err as Error).message, bucket: MIGRATION_LEASES_BUCKET }, "no migration budget: cannot open its buckets (JetStream off, or not allowed); migrations start at once");
        return undefined;
      }
    })();
    return this.buckets;
  }

  /** The limits in force: the bucket's, field by field, over the configured ones. */
  async limits(): Promise<BudgetLimits> {
    const buckets = await this.open();
    const entry = buckets ? await buckets.limits.get(BUDGET_LIMITS_KEY).catch(() => null) : null;
    return { ...this.options.defaults, ...(entry ? decodeLimits(entry.value) : {}) };
  }

  /**
   * Waits until the migration holds a slot in every scope with a limit, then
   * returns the leases (refreshed until released). `onWait` is told why it
   * waits, each time that changes; `signal` gives up waiting (an abort).
   */
  async acquire(request: LeaseRequest, onWait: (why: string) => void = () => undefined, signal?: AbortSignal): Promise<Leases> {
    const { identity, ttlMs, log } = this.options;
    const refreshMs = Math.max(50, Math.floor(ttlMs / 3));
    const buckets = await this.open();
    const record: LeaseRecord = { migration: request.migration, instance: request.instance, source: request.source, target: request.target, holder: identity, since_ms: Date.now() };
    const value = encodeLease(record);
    if (!buckets) return new Leases(undefined, [], value, refreshMs, log);
    let told = "";
    this.mine.add(request.migration);
    const ended = () => this.mine.delete(request.migration);
    for (;;) {
      if (signal?.aborted) ended();
      signal?.throwIfAborted();
      const why = await this.tryAll(buckets.leases, request, value).catch((err: Error) => {
        log.warn({ err: err.message, migration: request.migration }, "cannot read the migration leases; trying again");
        return { waitFor: `the broker's lease bucket (${err.message})` } as const;
      });
      if (Array.isArray(why)) return new Leases(buckets.leases, why, value, refreshMs, log, ended, () => this.wake());
      if (why.waitFor !== told) {
        told = why.waitFor;
        onWait(`waiting for ${why.waitFor}`);
      }
      const pollMs = this.options.pollMs ?? 1000;
      let wake = () => undefined as void;
      const woken = new Promise<void>((resolve) => this.waiting.add((wake = resolve)));
      await Promise.race([sleep(pollMs * (0.75 + Math.random() * 0.5), signal), woken])
        .catch((err: unknown) => {
          ended();
          throw err;
        })
        .finally(() => this.waiting.delete(wake));
    }
  }

  /**
   * For a migration a restart found under way (its data may be moving, the
   * target part way): the leases it held, taken again at once, never queued.
   * Its own slot if the lease is still there, else a free one; a scope that
   * filled up meanwhile is gone without (logged: the fleet is one over until
   * it ends), since stopping it half way would only waste what was sent.
   */
  async reclaim(request: LeaseRequest): Promise<Leases> {
    const { identity, ttlMs, log } = this.options;
    const refreshMs = Math.max(50, Math.floor(ttlMs / 3));
    const buckets = await this.open();
    const value = encodeLease({ migration: request.migration, instance: request.instance, source: request.source, target: request.target, holder: identity, since_ms: Date.now() });
    if (!buckets) return new Leases(undefined, [], value, refreshMs, log);
    this.mine.add(request.migration);
    const held: Held[] = [];
    const without: string[] = [];
    try {
      const limits = await this.limits();
      for (const [scope, host, limit] of [["target", request.target, limits.perTarget], ["source", request.source, limits.perSource], ["fleet", "", limits.fleet]] as const) {
        if (limit <= 0) continue;
        const got = (await this.retake(buckets.leases, scope, host, limit, request.migration, value)) ?? (await this.trySlot(buckets.leases, scope, host, limit, request.migration, value));
        if (got) held.push(got);
        else without.push(scope);
      }
    } catch (err) {
      log.warn({ err: (err as Error).message, migration: request.migration }, "cannot read the migration leases: the recovered migration goes on without them");
    }
    if (without.length > 0) log.warn({ migration: request.migration, scopes: without }, "a recovered migration goes on without a lease: its scope filled up while this agent was down");
    return new Leases(buckets.leases, held, value, refreshMs, log, () => this.mine.delete(request.migration), () => this.wake());
  }

  /** The slot whose lease names this migration, written again as ours; undefined when none does. */
  private async retake(bucket: KvBucket, scope: "fleet" | "source" | "target", host: string, limit: number, migration: string, value: Uint8Array): Promise<Held | undefined> {
    for (let n = 0; n < limit; n++) {
      const key = leaseKey(scope, host, n);
      const entry = await bucket.get(key);
      if (!entry || decodeLease(entry.value)?.migration !== migration) continue;
      const revision = await bucket.update(key, value, entry.revision);
      if (revision !== null) return { key, revision };
    }
    return undefined;
  }

  private wake(): void {
    for (const w of this.waiting) w();
    this.waiting.clear();
  }

  /** One round: every scope's slot, or none (what was taken is given back) and the scope that is full. */
  private async tryAll(bucket: KvBucket, request: LeaseRequest, value: Uint8Array): Promise<Held[] | { waitFor: string }> {
    const limits = await this.limits();
    const scopes: { scope: "fleet" | "source" | "target"; host: string; limit: number; label: string }[] = [
      { scope: "target", host: request.target, limit: limits.perTarget, label: `a lease on ${request.target} (at most ${limits.perTarget} migrations in)` },
      { scope: "source", host: request.source, limit: limits.perSource, label: `a lease on ${request.source} (at most ${limits.perSource} migrations out)` },
      { scope: "fleet", host: "", limit: limits.fleet, label: `a fleet lease (at most ${limits.fleet} migrations at once)` },
    ];
    const held: Held[] = [];
    for (const s of scopes) {
      if (s.limit <= 0) continue;
      const got = await this.trySlot(bucket, s.scope, s.host, s.limit, request.migration, value);
      if (!got) {
        await Promise.all(held.map((h) => bucket.delete(h.key, h.revision).catch(() => false)));
        return { waitFor: s.label };
      }
      held.push(got);
    }
    return held;
  }

  private async trySlot(bucket: KvBucket, scope: "fleet" | "source" | "target", host: string, limit: number, migration: string, value: Uint8Array): Promise<Held | undefined> {
    const start = Math.floor(Math.random() * limit);
    for (let n = 0; n < limit; n++) {
      const key = leaseKey(scope, host, (start + n) % limit);
      const created = await bucket.create(key, value);
      if (created !== null) {
        this.seen.delete(key);
        return { key, revision: created };
      }
      const entry = await bucket.get(key);
      if (!entry) continue; // released meanwhile: the next round takes it
      const lease = decodeLease(entry.value);
      const mine = lease?.migration === migration;
      // Held by this agent before it restarted: nobody refreshes it.
      const orphan = lease?.holder === this.options.identity && !this.mine.has(lease.migration);
      const before = this.seen.get(key);
      const stale = orphan || (before?.revision === entry.revision && Date.now() - before.atMs >= this.options.ttlMs);
      if (mine || stale) {
        const revision = await bucket.update(key, value, entry.revision);
        if (revision !== null) {
          this.seen.delete(key);
          if (stale) this.options.log.warn({ lease: key, was: decodeLease(entry.value) }, "took over a migration lease its holder stopped refreshing");
          return { key, revision };
        }
      } else if (before?.revision !== entry.revision) {
        this.seen.set(key, { revision: entry.revision, atMs: Date.now() });
      }
    }
    return undefined;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      signal?.removeEventListener("abort", done);
      clearTimeout(timer);
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
