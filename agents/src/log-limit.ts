/**
 * Log lines that a sender can provoke (malformed messages, refused
 * requests, a broker that is away) are limited: per kind, the first line of
 * each interval is written with how many were left out since the last one.
 * Counters (rpcutil.daemon_stats, /metrics) keep the exact numbers.
 */
import type { Logger } from "./log.js";

export const LOG_LIMIT_DEFAULTS = Object.freeze({ intervalMs: 10_000, kinds: 1024 });

export class LogLimiter {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly log: Logger,
    private readonly intervalMs: number = LOG_LIMIT_DEFAULTS.intervalMs,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a line of `kind` may be written now, and how many of that kind were left out before it. */
  private admit(kind: string): { ok: boolean; suppressed: number } {
    const now = this.now();
    const entry = this.last.get(kind);
    if (entry && now - entry.at < this.intervalMs) {
      entry.suppressed++;
      return { ok: false, suppressed: 0 };
    }
    if (!entry && this.last.size >= LOG_LIMIT_DEFAULTS.kinds) this.last.clear();
    this.last.set(kind, { at: now, suppressed: 0 });
    return { ok: true, suppressed: entry?.suppressed ?? 0 };
  }

  private write(level: "info" | "warn" | "error", kind: string, fields: Record<string, unknown>, message: string): void {
    const { ok, suppressed } = this.admit(kind);
    if (ok) this.log[level](suppressed > 0 ? { ...fields, suppressed } : fields, suppressed > 0 ? `${message} (${suppressed} more like it not logged)` : message);
  }

  info(kind: string, fields: Record<string, unknown>, message: string): void {
    this.write("info", kind, fields, message);
  }

  warn(kind: string, fields: Record<string, unknown>, message: string): void {
    this.write("warn", kind, fields, message);
  }

  error(kind: string, fields: Record<string, unknown>, message: string): void {
    this.write("error", kind, fields, message);
  }
}
