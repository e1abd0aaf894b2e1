/**
 * One step journal for every long job of an agent (create, migrate in and
 * out, image import): a JSON record per job in a directory of its kind,
 * written ahead of each step (temporary file, fsync, rename, fsync of the
 * directory: store.ts), so a crash leaves the old or the new record.
 *
 *   JournalKind<Step, R>   where a kind's records live, its steps, which are terminal,
 *                          and the hook called on each step (crash injection)
 *   Journal.step()         write-ahead: the record says the step before the step is taken
 *   Journal.scan()         every record, or the damage that made one unreadable (never a throw)
 *   recoverAll()           the loop a restart runs over the registered kinds: each open
 *                          record to its kind's recovery hook; a damaged one set aside
 *                          (<id>.json.damaged) and its kind told, for an operator;
 *                          finished records older than KEEP_FINISHED_MS removed
 *
 * A file left by a crash between the write and the rename (<id>.json.tmp-<pid>)
 * is not a record: scan() removes it, and the record before it stands.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { within } from "../paths.js";
import { writeJsonAtomic } from "../store.js";

/** What every journal record has: where it is and which job it belongs to. */
export interface StepRecord<Step extends string = string> {
  step: Step;
  /** The job (jobs.ts) the record belongs to. */
  job: string;
  message?: string;
}

/** Told of each step as it is journaled (the job's phase, the crash-injection point). */
export interface StepObserver {
  phase?(step: string, message: string): void;
}

export interface JournalKindSpec<Step extends string, R extends StepRecord<Step>> {
  /** The job kind, as crash injection names it (AMPM_CRASH_AT=<kind>:<step>). */
  kind: string;
  /** Where this kind's records are: one <id>.json each. */
  dir: string;
  /** Steps after which nothing is left to do. */
  terminal: readonly Step[];
  /** A record's file name (without .json): a name checked by within(). */
  idOf(record: R): string;
  /** Called after each step is journaled, before it is taken (crash injection). */
  onStep?(kind: string, step: Step): void;
}

/** A record that cannot be read: torn, truncated, not JSON, not a record. */
export class JournalDamaged extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`the ${kind} journal ${path} is damaged (${reason})`);
    this.name = "JournalDamaged";
  }
}

export type Scanned<R> = { id: string; record: R } | { id: string; damaged: JournalDamaged };

const TMP = /\.json\.tmp-\d+$/;

/**
 * Finished records are kept this long (a week, as finished jobs are): a
 * peer may still ask about a migration it was part of. Older ones are
 * removed at the next start, so a long-lived host does not read every
 * record it ever wrote each time it starts.
 */
export const KEEP_FINISHED_MS = 7 * 24 * 3600 * 1000;

export class Journal<Step extends string, R extends StepRecord<Step>> {
  constructor(readonly spec: JournalKindSpec<Step, R>) {}

  get kind(): string {
    return this.spec.kind;
  }

  get dir(): string {
    return this.spec.dir;
  }

  path(id: string): string {
    return within(this.spec.dir, `${id}.json`);
  }

  isTerminal(step: Step): boolean {
    return this.spec.terminal.includes(step);
  }

  /** Writes the record as it is (a step's progress: a volume made, an offset). */
  save(record: R): void {
    writeJsonAtomic(this.path(this.spec.idOf(record)), record);
  }

  /**
   * The step, journaled before it is taken: the record is written, the
   * job's phase set (not for a terminal step), then the step hook runs.
   */
  step(record: R, step: Step, observer?: StepObserver, message = ""): void {
    record.step = step;
    record.message = message;
    this.save(record);
    if (!this.isTerminal(step)) observer?.phase?.(step, message);
    this.spec.onStep?.(this.spec.kind, step);
  }

  /** The record, undefined when there is none; a JournalDamaged when it cannot be read. */
  read(id: string): R | undefined {
    const path = this.path(id);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new JournalDamaged(this.spec.kind, id, path, (err as Error).message);
    }
    return this.parse(id, path, text);
  }

  private parse(id: string, path: string, text: string): R {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw new JournalDamaged(this.spec.kind, id, path, `not JSON: ${(err as Error).message}`);
    }
    if (!doc || typeof doc !== "object" || Array.isArray(doc) || typeof (doc as { step?: unknown }).step !== "string") {
      throw new JournalDamaged(this.spec.kind, id, path, "not a journal record: no step");
    }
    return doc as R;
  }

  /** Every record (by id, sorted), or what made it unreadable; leftovers of an interrupted write are removed. */
  scan(): Scanned<R>[] {
    let names: string[];
    try {
      names = readdirSync(this.spec.dir);
    } catch {
      return [];
    }
    const out: Scanned<R>[] = [];
    for (const name of names.sort()) {
      if (TMP.test(name)) {
        rmSync(join(this.spec.dir, name), { force: true });
        continue;
      }
      if (!name.endsWith(".json")) continue;
      const id = name.slice(0, -5);
      try {
        const record = this.read(id);
        if (record) out.push({ id, record });
      } catch (err) {
        if (!(err instanceof JournalDamaged)) throw err;
        out.push({ id, damaged: err });
      }
    }
    return out;
  }

  /** The readable records, damaged ones left out. */
  records(): R[] {
    return this.scan().flatMap((s) => ("record" in s ? [s.record] : []));
  }

  /** Removes the record if it was not written for `keepMs`; whether it did. */
  removeIfOlder(id: string, keepMs: number, now = Date.now()): boolean {
    const path = this.path(id);
    try {
      if (now - statSync(path).mtimeMs <= keepMs) return false;
      rmSync(path, { force: true });
      return true;
    } catch {
      return false; // gone meanwhile: nothing to remove
    }
  }

  /** Sets a damaged record aside (<id>.json.damaged), so the next start does not trip on it again; its new path. */
  quarantine(id: string): string {
    const from = this.path(id);
    const to = `${from}.damaged`;
    renameSync(from, to);
    return to;
  }
}

/** A job kind's part in a restart: what finishes or undoes an open record of it. */
export interface RecoveryHook<R extends StepRecord = StepRecord> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  journal: Journal<any, R>;
  /** Finishes or undoes what the record says was under way. */
  recover(record: R): Promise<void>;
  /** A record could not be read: it was set aside (at `setAside`); `readable` holds the job ids of the kind's records that could be read. */
  damaged(damage: JournalDamaged, setAside: string, readable: ReadonlySet<string>): void;
}

/** A kind's hook, typed by its records, for the list recoverAll() takes. */
export function recoveryHook<R extends StepRecord>(hook: RecoveryHook<R>): RecoveryHook {
  return hook as unknown as RecoveryHook;
}

export interface RecoveryReport {
  recovered: number;
  /** Finished records older than KEEP_FINISHED_MS, removed. */
  pruned: number;
  /** The jobs the readable records (open or finished) belong to. */
  jobs: Set<string>;
  damaged: JournalDamaged[];
  failed: { kind: string; id: string; err: Error }[];
}

/**
 * After a restart: every open record of every kind, in the order the kinds
 * are given, goes to its kind's hook. A damaged record is set aside and
 * reported; a hook that throws is reported too; neither stops the loop.
 */
export async function recoverAll(hooks: readonly RecoveryHook[]): Promise<RecoveryReport> {
  const report: RecoveryReport = { recovered: 0, pruned: 0, jobs: new Set(), damaged: [], failed: [] };
  for (const hook of hooks) {
    const scanned = hook.journal.scan();
    const readable = new Set(scanned.flatMap((s) => ("record" in s ? [s.record.job] : [])));
    for (const entry of scanned) {
      if ("damaged" in entry) {
        report.damaged.push(entry.damaged);
        let setAside = entry.damaged.path;
        try {
          setAside = hook.journal.quarantine(entry.id);
        } catch {
          // Left in place: the next start reports it again.
        }
        hook.damaged(entry.damaged, setAside, readable);
        continue;
      }
      report.jobs.add(entry.record.job);
      if (hook.journal.isTerminal(entry.record.step)) {
        if (hook.journal.removeIfOlder(entry.id, KEEP_FINISHED_MS)) report.pruned++;
        continue;
      }
      try {
        await hook.recover(entry.record);
        report.recovered++;
      } catch (err) {
        report.failed.push({ kind: hook.journal.kind, id: entry.id, err: err as Error });
      }
    }
  }
  return report;
}
