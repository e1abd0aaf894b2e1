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
