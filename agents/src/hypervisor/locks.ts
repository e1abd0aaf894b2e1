/**
 * Locks on instances while their volumes are written (vm-image-manager's
 * slot locks): a file per instance naming the process, the operation and
 * since when. A lock whose process is gone is taken over; a live holder
 * makes the next writer wait up to a bound, then answer BUSY.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import type { Logger } from "pino";
import { Status, StatusError } from "../../../proto/wire/index.js";
import { within } from "../paths.js";

export interface LockRecord {
  pid: number;
  op: string;
  since: string;
}

/** Running, not gone and not a zombie. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return true;
  }
}

export class Locks {
  private readonly held = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly log: Logger,
    private readonly waitMs: number,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  path(name: string): string {
    return within(this.dir, `${name}.lock`);
  }

  holder(name: string): LockRecord | undefined {
    try {
      return JSON.parse(readFileSync(this.path(name), "utf8")) as LockRecord;
    } catch {
      return undefined;
    }
  }

  /** Takes the lock of `name` for `op`; resolves with its release. */
  async acquire(name: string, op: string, waitMs = this.waitMs): Promise<() => void> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        const fd = openSync(this.path(name), "wx", 0o644);
        try {
          writeSync(fd, JSON.stringify({ pid: process.pid, op, since: new Date().toISOString() } satisfies LockRecord));
        } finally {
          closeSync(fd);
        }
        this.held.add(name);
        return () => this.release(name);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      const holder = this.holder(name);
      const stale = !holder || !processAlive(holder.pid) || (holder.pid === process.pid && !this.held.has(name));
      if (stale) {
        this.log.warn({ instance: name, holder }, "taking over a lock whose process is gone");
        rmSync(this.path(name), { force: true });
        continue;
      }
      if (Date.now() >= deadline) {
        throw new StatusError(Status.BUSY, `${name} is locked by process ${holder.pid} (${holder.op}) since ${holder.since}; try again when it is done`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private release(name: string): void {
    if (!this.held.delete(name)) return;
    if (this.holder(name)?.pid === process.pid) rmSync(this.path(name), { force: true });
  }
}
