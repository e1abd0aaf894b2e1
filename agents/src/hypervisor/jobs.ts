/**
 * Jobs: long operations (create, migrate, evacuate) with an id, a phase,
 * progress, and a final state. Each job is a file in the state dir (so
 * `ampm job show` works after a restart) and every change is an event on
 * ampm.v1.event.job.<id>.
 */
import { randomBytes } from "node:crypto";
import { within } from "../paths.js";
import type { Logger } from "pino";
import { encodeJson, eventSubject } from "../../../proto/wire/index.js";
import { readJsonDir, removeFile, writeJsonAtomic } from "../store.js";

export type JobState = "running" | "done" | "failed";

export interface JobRecord {
  id: string;
  kind: string;
  host: string;
  instance: string;
  target: string;
  state: JobState;
  phase: string;
  percent: number;
  bytes: number;
  message: string;
  caller: string;
  startedAtMs: number;
  updatedAtMs: number;
  result?: Record<string, unknown>;
}

const KEEP = 500;
const KEEP_MS = 7 * 24 * 3600 * 1000;

export function jobSubject(id: string): string {
  return eventSubject("job", id);
}

export class Job {
  private lastWrite = 0;
  private lastPublish = 0;

  constructor(
    readonly record: JobRecord,
    private readonly jobs: Jobs,
  ) {}

  get id(): string {
    return this.record.id;
  }

  /** A new phase: written and published at once. */
  phase(phase: string, message = ""): void {
    Object.assign(this.record, { phase, message, percent: 0, bytes: 0 });
    this.changed(true);
  }

  /** Progress within a phase: published at most five times a second, written at most once. */
  progress(update: { percent?: number; bytes?: number; message?: string }): void {
    Object.assign(this.record, Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined)));
    this.changed(false);
  }

  done(result: Record<string, unknown> = {}, message = "done"): void {
    Object.assign(this.record, { state: "done", phase: "done", percent: 100, message, result });
    this.changed(true);
  }

  /** Failed, with the error that made it fail (a disk error turns the agent read-only: disk.ts). */
  fail(message: string, cause?: unknown): void {
    Object.assign(this.record, { state: "failed", message });
    if (cause !== undefined) this.jobs.failed(cause);
    this.changed(true);
  }

  private changed(force: boolean): void {
    const now = Date.now();
    this.record.updatedAtMs = now;
    if (force || now - this.lastWrite >= 1000) {
      this.lastWrite = now;
      this.jobs.save(this.record);
    }
    if (force || now - this.lastPublish >= 200) {
      this.lastPublish = now;
      this.jobs.publish(this.record);
    }
  }
}

export class Jobs {
  private readonly records = new Map<string, JobRecord>();

  constructor(
    private readonly dir: string,
    private readonly identity: string,
    private readonly send: (subject: string, data: Uint8Array) => void,
    private readonly log: Logger,
    /** Told of every error a job failed with, and of failed writes of job records. */
    readonly failed: (cause: unknown) => void = () => undefined,
  ) {
    for (const record of readJsonDir<JobRecord>(dir).values()) this.records.set(record.id, record);
    this.prune();
  }

  begin(init: { kind: string; instance: string; caller: string; target?: string }): Job {
    const now = Date.now();
    const record: JobRecord = {
      id: randomBytes(8).toString("hex"),
      kind: init.kind,
      host: this.identity,
      instance: init.instance,
      target: init.target ?? "",
      state: "running",
      phase: "queued",
      percent: 0,
      bytes: 0,
      message: "",
      caller: init.caller,
      startedAtMs: now,
      updatedAtMs: now,
    };
    this.records.set(record.id, record);
    const job = new Job(record, this);
    this.save(record);
    this.publish(record);
    return job;
  }

  /** A job that was running when the agent stopped, to be finished by recovery. */
  resume(record: JobRecord): Job {
    return new Job(record, this);
  }

  get(id: string): JobRecord | undefined {
    return this.records.get(id);
  }

  list(): JobRecord[] {
    return [...this.records.values()].sort((a, b) => b.startedAtMs - a.startedAtMs);
  }

  running(): JobRecord[] {
    return this.list().filter((r) => r.state === "running");
  }

  save(record: JobRecord): void {
    try {
      writeJsonAtomic(within(this.dir, `${record.id}.json`), record);
    } catch (err) {
      this.failed(err);
      this.log.error({ err: (err as Error).message, job: record.id }, "could not write a job record");
    }
  }

  publish(record: JobRecord): void {
    try {
      this.send(jobSubject(record.id), encodeJson(record));
    } catch (err) {
      this.log.warn({ err, job: record.id }, "could not publish a job event");
    }
  }

  private prune(): void {
    const finished = this.list().filter((r) => r.state !== "running");
    const cutoff = Date.now() - KEEP_MS;
    finished.forEach((r, i) => {
      if (i >= KEEP || r.updatedAtMs < cutoff) {
        this.records.delete(r.id);
        removeFile(within(this.dir, `${r.id}.json`));
      }
    });
  }
}
