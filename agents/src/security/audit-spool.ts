/**
 * Where audit records wait until the broker has stored them.
 *
 *   FileSpool   the audit file itself: records are shipped from a cursor
 *               (<file>.cursor: the file's inode and the offset up to which
 *               the stream holds it), so a record written while the broker
 *               was away, or before a crash, is shipped later. A rotated
 *               file (logrotate, then reopen) is shipped to its end first.
 *   MemorySpool records that are in no file (no audit file, or a write to it
 *               failed), bounded: past its limit the oldest are dropped, and
 *               counted.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeSync } from "node:fs";

export interface Batch {
  /** Whole JSON lines. */
  data: Uint8Array;
  /** Stable for the same bytes: the broker drops a second copy (a retry) by it. */
  id: string;
  records: number;
}

export interface Spool {
  /**
   * The next records not yet stored by the broker, at most `maxBytes`;
   * undefined when there are none. Until commit(), the same batch again
   * (a retry must send the same bytes under the same id).
   */
  peek(maxBytes: number): Batch | undefined;
  /** The batch peek() returned is stored. */
  commit(): void;
  close(): void;
}

interface Source {
  fd: number;
  ino: number;
  offset: number;
}

function countLines(data: Uint8Array): number {
  let n = 0;
  for (const b of data) if (b === 10) n++;
  return n;
}

/** The cursor is one fixed-size record rewritten in place: one write a batch, no new file each time. */
const CURSOR_BYTES = 64;

export class FileSpool implements Spool {
  private readonly sources: Source[] = [];
  private cursorFd: number | undefined;
  private pending: Batch | undefined;
  /** Lines longer than a whole batch (cannot be sent): skipped. */
  skipped = 0;

  constructor(
    private readonly file: string,
    private readonly cursorFile = `${file}.cursor`,
  ) {
    const fd = openSync(file, "r");
    const { ino, size } = fstatSync(fd);
    const cursor = this.readCursor();
    // No cursor yet: the file's records are from before shipping was tracked; start at its end.
    const offset = cursor === undefined ? size : cursor.ino === ino ? Math.min(cursor.offset, size) : 0;
    this.sources.push({ fd, ino, offset });
    this.saveCursor();
  }

  private readCursor(): { ino: number; offset: number } | undefined {
    try {
      const doc = JSON.parse(readFileSync(this.cursorFile, "utf8")) as { ino?: unknown; offset?: unknown };
      return typeof doc.ino === "number" && typeof doc.offset === "number" ? { ino: doc.ino, offset: doc.offset } : undefined;
    } catch {
      return undefined;
    }
  }

  private saveCursor(): void {
    const { ino, offset } = this.sources[0]!;
    try {
      this.cursorFd ??= openSync(this.cursorFile, "w", 0o640);
      writeSync(this.cursorFd, JSON.stringify({ ino, offset }).padEnd(CURSOR_BYTES - 1) + "\n", 0);
    } catch {
      // A full disk: the cursor stays behind, and a restart ships some records again.
    }
  }

  /** The file was rotated and reopened: ship the old one to its end, then the new one from its start. */
  rotated(): void {
    const fd = openSync(this.file, "r");
    const { ino } = fstatSync(fd);
    if (this.sources.at(-1)!.ino === ino) return closeSync(fd);
    this.sources.push({ fd, ino, offset: 0 });
  }

  /** Records written but not yet stored by the broker. */
  backlog(): number {
    return this.sources.reduce((sum, s) => sum + Math.max(0, fstatSync(s.fd).size - s.offset), 0);
  }

  peek(maxBytes: number): Batch | undefined {
    this.pending ??= this.next(maxBytes);
    return this.pending;
  }

  private next(maxBytes: number): Batch | undefined {
    for (;;) {
      const source = this.sources[0]!;
      const size = fstatSync(source.fd).size;
      // Truncated in place (logrotate's copytruncate): it starts again from its beginning.
      if (size < source.offset && this.sources.length === 1) source.offset = 0;
      if (source.offset >= size) {
        if (this.sources.length === 1) return undefined;
        closeSync(source.fd);
        this.sources.shift();
        this.saveCursor();
        continue;
      }
      const buffer = Buffer.alloc(Math.min(maxBytes, size - source.offset));
      const read = readSync(source.fd, buffer, 0, buffer.length, source.offset);
      const end = buffer.lastIndexOf(10, read - 1) + 1;
      if (end > 0) {
        const data = buffer.subarray(0, end);
        return { data, id: `${source.ino}:${source.offset}:${end}`, records: countLines(data) };
      }
      if (read < maxBytes) return undefined; // the rest of a line still being written
      // A line longer than a batch can never be sent: step over it.
      const next = this.nextLine(source, source.offset + read);
      if (next === undefined) return undefined;
      source.offset = next;
      this.skipped++;
      this.saveCursor();
    }
  }

  private nextLine(source: Source, from: number): number | undefined {
    const chunk = Buffer.alloc(64 * 1024);
    for (let at = from; ; at += chunk.length) {
      const read = readSync(source.fd, chunk, 0, chunk.length, at);
      if (read === 0) return undefined;
      const nl = chunk.subarray(0, read).indexOf(10);
      if (nl >= 0) return at + nl + 1;
    }
  }

  commit(): void {
    if (!this.pending) return;
    this.sources[0]!.offset += this.pending.data.length;
    this.pending = undefined;
    this.saveCursor();
  }

  close(): void {
    for (const s of this.sources) closeSync(s.fd);
    this.sources.length = 0;
    if (this.cursorFd !== undefined) closeSync(this.cursorFd);
    this.cursorFd = undefined;
  }
}

export class MemorySpool implements Spool {
  private lines: string[] = [];
  private bytes = 0;
  /** Lines in the batch in flight, at the front. */
  private pending = 0;
  private batch: Batch | undefined;
  private sequence = 0;
  /** Records dropped because the spool was full. */
  dropped = 0;

  constructor(private readonly maxBytes = 16 * 1024 * 1024) {}

  append(line: string): void {
    this.lines.push(line);
    this.bytes += Buffer.byteLength(line);
    while (this.bytes > this.maxBytes && this.lines.length > this.pending + 1) {
      this.bytes -= Buffer.byteLength(this.lines.splice(this.pending, 1)[0]!);
      this.dropped++;
    }
  }

  get size(): number {
    return this.lines.length;
  }

  peek(maxBytes: number): Batch | undefined {
    if (this.batch || this.lines.length === 0) return this.batch;
    let bytes = 0;
    let n = 0;
    while (n < this.lines.length && (n === 0 || bytes + Buffer.byteLength(this.lines[n]!) <= maxBytes)) bytes += Buffer.byteLength(this.lines[n++]!);
    this.pending = n;
    this.batch = { data: Buffer.from(this.lines.slice(0, n).join("")), id: `mem:${process.pid}:${Date.now()}:${this.sequence}`, records: n };
    return this.batch;
  }

  commit(): void {
    for (const line of this.lines.splice(0, this.pending)) this.bytes -= Buffer.byteLength(line);
    this.pending = 0;
    this.batch = undefined;
    this.sequence++;
  }

  close(): void {
    this.lines = [];
  }
}
