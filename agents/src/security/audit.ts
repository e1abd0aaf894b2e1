/**
 * The audit trail of one host: one JSON record per request it answered,
 * accepted or refused.
 *
 *   record ─▶ audit file (a line, written before the reply goes out)
 *          ─▶ shipper: from the file's cursor (audit-spool.ts), batches under
 *             max_payload ─▶ ampm.v1.event.audit.<identity> ─▶ stream AMPM_AUDIT,
 *             acknowledged by the broker, then the cursor moves on
 *
 * A record after a quiet spell is shipped flushMs (20 ms) later; while
 * requests keep coming, a batch leaves at most every minIntervalMs (1 s), so
 * a busy host publishes (and the broker stores and acknowledges) one batch
 * a second instead of one message a request: under a fan-out of one request
 * to each of many hosts, shipping was most of a host's CPU per request.
 *
 * The file is the host's own copy and survives a crash of the agent; the
 * stream is the fleet's, read by `ampm audit`. While the broker is away (or
 * the stream is), records wait in the file and are shipped when it is back,
 * with the same message ids, so a retry is not stored twice. A record that
 * could not be written to the file waits in memory instead (bounded).
 * Without JetStream the records are published on the subject only.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { ALL_AUDIT_SUBJECT, AUDIT_STREAM, auditSubject, type Transport, recordStreams } from "../../../proto/wire/index.js";
import type { AuditRecord } from "../../../proto/domain/index.js";
import { LogLimiter } from "../log-limit.js";
import type { Logger } from "../log.js";
import { FileSpool, MemorySpool, type Batch, type Spool } from "./audit-spool.js";

export interface AuditOptions {
  identity: string;
  /** The audit file; undefined or "": no file. */
  file?: string;
  transport: Transport;
  log: Logger;
  /** How long records gather before a batch is shipped. */
  flushMs?: number;
  /** A batch at most this often (records in between wait for the next one). */
  minIntervalMs?: number;
}

export const AUDIT_DEFAULTS = Object.freeze({
  flushMs: 20,
  minIntervalMs: 1000,
  maxBatchBytes: 256 * 1024,
  /** Room left under max_payload for headers. */
  headroomBytes: 8 * 1024,
  retryMinMs: 500,
  retryMaxMs: 30_000,
  streamMaxBytes: 1024 * 1024 * 1024,
});

/** How records leave the host: into the stream (acknowledged), onto the subject only, or not yet decided. */
type Route = "pending" | "stream" | "subject";

export class AuditLog {
  private fd: number | undefined;
  private readonly fileSpool: FileSpool | undefined;
  private readonly memory = new MemorySpool();
  private readonly subject: string;
  private route: Route = "pending";
  /** A failed append may mean the stream was removed: make sure of it before the next try. */
  private checkStream = false;
  private timer: NodeJS.Timeout | undefined;
  private shipping: Promise<void> | undefined;
  private retryMs: number = AUDIT_DEFAULTS.retryMinMs;
  /** When the last batches were shipped (performance.now()). */
  private lastShipAt = Number.NEGATIVE_INFINITY;
  private readonly limiter: LogLimiter;
  private closed = false;
  private readonly stopWatching: () => void;
  /** Records written; records the file did not take; records the broker stored; failed shipping attempts. */
  readonly counts = { records: 0, fileErrors: 0, shipped: 0, shipErrors: 0 };

  constructor(private readonly options: AuditOptions) {
    this.subject = auditSubject(options.identity);
    this.limiter = new LogLimiter(options.log);
    if (options.file) {
      mkdirSync(dirname(options.file), { recursive: true });
      this.fd = openSync(options.file, "a", 0o640);
      this.fileSpool = new FileSpool(options.file);
    }
    this.stopWatching = options.transport.onConnection((event) => {
      if (event === "reconnect") {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.shipSoon(0);
      }
    });
  }

  get file(): string | undefined {
    return this.options.file || undefined;
  }

  /** Records not yet stored by the broker (in the file: bytes; in memory: records). */
  get backlog(): { fileBytes: number; memoryRecords: number; memoryDropped: number } {
    return { fileBytes: this.fileSpool?.backlog() ?? 0, memoryRecords: this.memory.size, memoryDropped: this.memory.dropped };
  }

  private async makeStream(): Promise<void> {
    const result = await recordStreams(this.options.transport).ensure({ name: AUDIT_STREAM, subjects: [ALL_AUDIT_SUBJECT], maxBytes: AUDIT_DEFAULTS.streamMaxBytes });
    if (result === "created") this.options.log.info({ stream: AUDIT_STREAM }, "created the audit stream");
  }

  /**
   * At start: makes sure the broker keeps the records (the stream
   * AMPM_AUDIT). A broker without JetStream (or without the permission)
   * gets them on the subject only; once the stream is known, a failure later
   * (the broker away, the stream removed) keeps the records waiting instead.
   */
  async ensureStream(): Promise<void> {
    try {
      await this.makeStream();
      this.route = "stream";
    } catch (err) {
      this.options.log.warn({ stream: AUDIT_STREAM, err: (err as Error).message }, "the broker does not keep audit records (no JetStream, or no permission): they go to the audit file and the event subject only");
      this.route = "subject";
    }
    this.shipSoon(0);
  }

  /** Records are published on the subject only (security.audit_stream: false). */
  subjectOnly(): void {
    this.route = "subject";
    this.shipSoon(0);
  }

  write(record: AuditRecord): void {
    const line = `${JSON.stringify(record)}\n`;
    this.counts.records++;
    let inFile = false;
    if (this.fd !== undefined) {
      try {
        writeSync(this.fd, line);
        inFile = true;
      } catch (err) {
        this.counts.fileErrors++;
        this.limiter.error("audit-file", { file: this.options.file, err: (err as Error).message }, "cannot write the audit file: records wait in memory for the stream");
      }
    }
    if (!inFile) this.memory.append(line);
    const flushMs = this.options.flushMs ?? AUDIT_DEFAULTS.flushMs;
    const minIntervalMs = this.options.minIntervalMs ?? AUDIT_DEFAULTS.minIntervalMs;
    this.shipSoon(Math.max(flushMs, this.lastShipAt + minIntervalMs - performance.now()));
  }

  /** After logrotate moved the file away: write a new one, and ship the rest of the old one first. */
  reopen(): void {
    if (!this.options.file || this.fd === undefined) return;
    const old = this.fd;
    this.fd = openSync(this.options.file, "a", 0o640);
    closeSync(old);
    this.fileSpool?.rotated();
    this.options.log.info({ file: this.options.file }, "audit file reopened");
  }

  private shipSoon(delayMs: number): void {
    if (this.closed || this.route === "pending" || this.shipping || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.shipping = this.ship().finally(() => (this.shipping = undefined));
    }, delayMs);
  }

  private maxBatch(): number {
    return Math.max(1024, Math.min(AUDIT_DEFAULTS.maxBatchBytes, this.options.transport.maxPayload - AUDIT_DEFAULTS.headroomBytes));
  }

  /** Sends batches until nothing is left, or the broker fails (then again later, backing off). */
  private async ship(): Promise<void> {
    this.lastShipAt = performance.now();
    if (this.checkStream) {
      try {
        await this.makeStream();
        this.checkStream = false;
      } catch (err) {
        this.counts.shipErrors++;
        this.limiter.warn("audit-stream", { err: (err as Error).message, retryMs: this.retryMs }, "the audit stream cannot be reached: records wait in the audit file, trying again");
        return this.retry();
      }
    }
    for (const spool of [this.memory, this.fileSpool].filter((s): s is MemorySpool | FileSpool => s !== undefined)) {
      for (let batch = spool.peek(this.maxBatch()); batch && !this.closed; batch = spool.peek(this.maxBatch())) {
        try {
          await this.send(batch);
        } catch (err) {
          this.counts.shipErrors++;
          this.limiter.warn("audit-ship", { err: (err as Error).message, retryMs: this.retryMs }, "could not ship audit records to the broker: they wait in the audit file, trying again");
          if (this.route === "stream") this.checkStream = true;
          return this.retry();
        }
        spool.commit();
        this.counts.shipped += batch.records;
        this.retryMs = AUDIT_DEFAULTS.retryMinMs;
      }
    }
  }

  private retry(): void {
    const delay = this.retryMs;
    this.retryMs = Math.min(AUDIT_DEFAULTS.retryMaxMs, this.retryMs * 2);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.shipSoon(0);
    }, delay);
    this.timer.unref();
  }

  private async send(batch: Batch): Promise<void> {
    if (this.route === "stream") {
      await recordStreams(this.options.transport).append(this.subject, batch.data, `${this.options.identity}:${batch.id}`);
    } else {
      this.options.transport.publish(this.subject, batch.data);
    }
  }

  /** Ships what can be shipped within `timeoutMs` (at shutdown), then closes the file. */
  async close(timeoutMs = 2000): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.route !== "pending") {
      const done = (this.shipping ?? Promise.resolve()).then(() => this.ship());
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    }
    this.closed = true;
    this.stopWatching();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.fileSpool?.close();
  }
}
