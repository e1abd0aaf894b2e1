import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * Remembers request ids until their ttl has passed, so a request id seen
 * twice runs once. Bounded: past `capacity` the oldest ids are forgotten
 * (their requests are then refused by the ttl check instead).
 */
export class RecentIds {
  private readonly ids = new Map<string, number>();
  private lastPrune = 0;

  constructor(private readonly capacity = 200_000) {}

  /** True when `id` was seen before; otherwise remembers it until `expiresAt`. */
  seen(id: string, expiresAt: number, now: number): boolean {
    const until = this.ids.get(id);
    if (until !== undefined && until >= now) return true;
    this.ids.set(id, expiresAt);
    if (this.ids.size > this.capacity || now - this.lastPrune >= 1000) this.prune(now);
    return false;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Drops expired ids from the oldest end, and the oldest ones past capacity. */
  private prune(now: number): void {
    this.lastPrune = now;
    for (const [id, until] of this.ids) {
      if (until >= now && this.ids.size <= this.capacity) break;
      this.ids.delete(id);
    }
  }
}

/**
 * The ids this agent accepted lately, kept on the state disk, so that a
 * restarted agent still refuses a copy of a request its previous run took.
 * Only the last moments matter: the not-before rule (start − clock skew)
 * refuses older requests by their creation time. Two generations of one
 * file each: the current one is appended to (one write a request, no fsync:
 * it survives the process, which is what a restart loses), and becomes the
 * previous one when it is older than a generation, so the two together
 * always hold at least one generation of ids.
 */
export class IdJournal {
  private fd: number | undefined;
  private openedAt = 0;
  private retryAt = 0;
  private failing = false;

  constructor(
    private readonly dir: string,
    private readonly generationMs: number,
    private readonly onError: (err: Error) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Ids of the previous run created at or after `fromMs`, with their expiry; unreadable lines are skipped. */
  load(fromMs: number): { id: string; createdAt: number; expiresAt: number }[] {
    const out: { id: string; createdAt: number; expiresAt: number }[] = [];
    for (const file of [this.file("previous"), this.file("current")]) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      for (const line of text.split("\n")) {
        if (!line) continue;
        try {
          const [createdAt, expiresAt, id] = JSON.parse(line) as unknown[];
          if (typeof createdAt === "number" && typeof expiresAt === "number" && typeof id === "string" && createdAt >= fromMs) out.push({ id, createdAt, expiresAt });
        } catch {
          // a line cut short by a crash
        }
      }
    }
    return out;
  }

  record(id: string, createdAt: number, expiresAt: number): void {
    const now = this.now();
    if (now < this.retryAt) return;
    try {
      if (this.fd === undefined || now - this.openedAt >= this.generationMs) this.rotate(now);
      writeSync(this.fd!, `${JSON.stringify([createdAt, expiresAt, id])}\n`);
      this.failing = false;
    } catch (err) {
      // A full or read-only disk: the not-before rule alone guards a restart until a later try (a generation on) works.
      this.retryAt = now + this.generationMs;
      this.fd = undefined;
      if (!this.failing) this.onError(err as Error);
      this.failing = true;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private rotate(now: number): void {
    this.close();
    const current = this.file("current");
    // The first rotation of a run keeps the last run's ids as the previous generation.
    if (existsSync(current)) renameSync(current, this.file("previous"));
    this.fd = openSync(current, "w", 0o600);
    this.openedAt = now;
  }

  private file(generation: "current" | "previous"): string {
    return join(this.dir, `request-ids.${generation}`);
  }
}
