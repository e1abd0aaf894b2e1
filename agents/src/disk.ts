/**
 * The state directory's disk: whether the agent can write there. A full
 * (or failing, or read-only) disk does not stop the agent: writes fail with
 * a DiskError that names the disk, the agent goes read-only (it answers
 * what only looks, and refuses what would write, saying why), and it tries
 * again now and then, going back to normal once a write succeeds.
 *
 *   DiskError anywhere ─▶ noteError() ─▶ read-only ─▶ writable(): probe (at most every retryMs) ─▶ writable again
 */
import { closeSync, fsyncSync, openSync, readdirSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Status, StatusError } from "../../proto/wire/index.js";

/** Error codes that mean the disk, not the program: no space, no quota, I/O error, read-only file system. */
const DISK_CODES: Readonly<Record<string, string>> = Object.freeze({
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EIO: "an I/O error of the disk",
  EROFS: "the file system is read-only",
});

export function isDiskError(err: unknown): boolean {
  if (err instanceof DiskError) return true;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && code in DISK_CODES;
}

/** A write that failed because of the disk; the request that needed it gets ABORTED with this message. */
export class DiskError extends StatusError {
  readonly code: string;

  constructor(path: string, cause: NodeJS.ErrnoException) {
    const code = cause.code ?? "EIO";
    super(Status.ABORTED, `cannot write ${path}: ${DISK_CODES[code] ?? cause.message} (${code})`, { cause });
    this.code = code;
  }
}

export const DISK_DEFAULTS = Object.freeze({ retryMs: 2000, probeBytes: 64 * 1024 });

export interface DiskStatus {
  writable: boolean;
  /** Why not, with the error's code. */
  problem: string;
  /** Unix ms of the first failure of this spell. */
  sinceMs: number;
}

export class StateDisk {
  private state: DiskStatus = { writable: true, problem: "", sinceMs: 0 };
  private lastProbe = 0;

  constructor(
    readonly dir: string,
    private readonly onChange: (status: DiskStatus) => void = () => undefined,
    private readonly retryMs: number = DISK_DEFAULTS.retryMs,
  ) {}

  status(): DiskStatus {
    return { ...this.state };
  }

  /** A write failed: if the disk is why, the agent is read-only from now on. */
  noteError(err: unknown): void {
    if (!isDiskError(err) || !this.state.writable) return;
    const message = err instanceof Error ? err.message : String(err);
    this.set({ writable: false, problem: `the state disk (${this.dir}) cannot be written: ${message}`, sinceMs: Date.now() });
    this.lastProbe = Date.now();
  }

  /** Whether writes can go ahead; while read-only, tries a write now and then. */
  writable(): boolean {
    if (!this.state.writable && Date.now() - this.lastProbe >= this.retryMs) this.probe();
    return this.state.writable;
  }

  /** Writes (and removes) a probe file of a journal's size; the result decides the state. */
  probe(): boolean {
    this.lastProbe = Date.now();
    const file = join(this.dir, `.write-probe-${process.pid}`);
    try {
      const fd = openSync(file, "w", 0o600);
      try {
        // A write to a nearly full disk may write part of it: go on until all of it is written, or ENOSPC.
        const probe = Buffer.alloc(DISK_DEFAULTS.probeBytes);
        for (let at = 0; at < probe.length; ) at += writeSync(fd, probe, at);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      rmSync(file, { force: true });
      if (!this.state.writable) this.set({ writable: true, problem: "", sinceMs: 0 });
      return true;
    } catch (err) {
      rmSync(file, { force: true });
      if (this.state.writable) this.set({ writable: false, problem: `the state disk (${this.dir}) cannot be written: ${(err as Error).message}`, sinceMs: Date.now() });
      return false;
    }
  }

  private set(state: DiskStatus): void {
    this.state = state;
    this.onChange(this.status());
  }
}

/** Removes what interrupted atomic writes left behind (`*.tmp-<pid>`, probe files) under `dir`; how many. */
export function removeTempFiles(dir: string): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (!e.isFile() || !/\.tmp-\d+$|^\.write-probe-\d+$/.test(e.name)) continue;
    rmSync(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name), { force: true });
    removed++;
  }
  return removed;
}
