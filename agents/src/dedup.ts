/**
 * Remembers request ids until their ttl has passed, so a request id seen
 * twice runs once. Bounded: past `capacity` the oldest ids are forgotten
 * (their requests are then refused by the ttl check instead).
 */
export class RecentIds {
  private readonly ids = new Map<string, number>();

  constructor(private readonly capacity = 200_000) {}

  /** True when `id` was seen before; otherwise remembers it until `expiresAt`. */
  seen(id: string, expiresAt: number, now: number): boolean {
    const until = this.ids.get(id);
    if (until !== undefined && until >= now) return true;
    this.prune(now);
    this.ids.set(id, expiresAt);
    return false;
  }

  get size(): number {
    return this.ids.size;
  }

  private prune(now: number): void {
    for (const [id, until] of this.ids) {
      if (until >= now && this.ids.size < this.capacity) break;
      this.ids.delete(id);
    }
  }
}
