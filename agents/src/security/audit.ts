/**
 * The audit trail of one host: one JSON record per request it answered,
 * accepted or refused.
 *
 *   record ─▶ audit file (a line, written before the reply goes out)
 *          ─▶ ampm.v1.event.audit.<identity> (JSON lines, a batch every 20 ms) ─▶ stream AMPM_AUDIT
 *
 * The file is the host's own copy and survives a crash of the agent; the
 * stream is the fleet's, read by `ampm audit`.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { ALL_AUDIT_SUBJECT, AUDIT_STREAM, auditSubject, type AuditRecord, type Transport } from "../../../proto/wire/index.js";
import type { Logger } from "../log.js";

export interface AuditOptions {
  identity: string;
  /** The audit file; undefined or "": no file. */
  file?: string;
  transport: Transport;
  log: Logger;
}

const FLUSH_MS = 20;
const MAX_BATCH_BYTES = 256 * 1024;
const STREAM_MAX_BYTES = 1024 * 1024 * 1024;

export class AuditLog {
  private fd: number | undefined;
  private batch: string[] = [];
  private batchBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly subject: string;
  private lastFileError = 0;
  /** Records written, and records that could not be written to the file. */
  readonly counts = { records: 0, fileErrors: 0 };

  constructor(private readonly options: AuditOptions) {
    this.subject = auditSubject(options.identity);
    if (options.file) {
      mkdirSync(dirname(options.file), { recursive: true });
      this.fd = openSync(options.file, "a", 0o640);
    }
  }

  get file(): string | undefined {
    return this.options.file || undefined;
  }

  /** Makes sure the broker keeps the records (the stream AMPM_AUDIT); warns when it cannot. */
  async ensureStream(): Promise<void> {
    try {
      const result = await this.options.transport.streams().ensure({ name: AUDIT_STREAM, subjects: [ALL_AUDIT_SUBJECT], maxBytes: STREAM_MAX_BYTES });
      if (result === "created") this.options.log.info({ stream: AUDIT_STREAM }, "created the audit stream");
    } catch (err) {
      this.options.log.warn({ stream: AUDIT_STREAM, err: (err as Error).message }, "the broker does not keep audit records (no JetStream, or no permission): they go to the audit file and the event subject only");
    }
  }

  write(record: AuditRecord): void {
    const line = `${JSON.stringify(record)}\n`;
    this.counts.records++;
    if (this.fd !== undefined) {
      try {
        writeSync(this.fd, line);
      } catch (err) {
        this.counts.fileErrors++;
        const now = Date.now();
        if (now - this.lastFileError > 60_000) {
          this.lastFileError = now;
          this.options.log.error({ file: this.options.file, err: (err as Error).message }, "cannot write the audit file");
        }
      }
    }
    this.batch.push(line);
    this.batchBytes += Buffer.byteLength(line);
    if (this.batchBytes >= MAX_BATCH_BYTES) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Publishes the records not yet sent. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.batch.length === 0) return;
    const payload = Buffer.from(this.batch.join(""));
    this.batch = [];
    this.batchBytes = 0;
    try {
      this.options.transport.publish(this.subject, payload);
    } catch (err) {
      this.options.log.warn({ err: (err as Error).message }, "could not publish audit records (they are in the audit file)");
    }
  }

  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
