/**
 * The one module that prints. Human text (tables, per-host blocks), one
 * JSON document (--json), or JSON lines (--jsonl: one object a line); a
 * progress line on a terminal's stderr; errors as "ampm: ..."; with
 * --verbose or --debug, what the client does, on stderr.
 *
 * Names and messages come from the network, so nothing is written raw:
 * every line has its control characters escaped (stripControls), and the
 * only escape sequences that reach a terminal are this module's own
 * colours, which travel as private-use markers until the line is written.
 */
import { stringify as toYaml } from "yaml";
import { stripControls, type CallSummary, type HostResult, type Progress, type TraceEvent } from "../index.js";

export type OutputMode = "human" | "json" | "jsonl";

/** How much of what the client does to show on stderr. */
export type Verbosity = "quiet" | "verbose" | "debug";

export interface OutputStreams {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream & { isTTY?: boolean };
}

const SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

// Colour markers (private-use characters) and the SGR sequences they become on a colour terminal.
const SGR: Record<string, string> = { "\ue000": "\x1b[0m", "\ue001": "\x1b[1m", "\ue002": "\x1b[31m", "\ue003": "\x1b[33m" };
const MARKERS = /[\ue000-\ue003]/g;

/** A line made safe for a terminal: controls escaped, colour markers turned into colours (or dropped). */
export function render(text: string, color: boolean): string {
  return stripControls(text).replace(MARKERS, (m) => (color ? SGR[m]! : ""));
}

/** JSON text with the characters JSON leaves raw but terminals act on (DEL, C1, bidi overrides) escaped. */
function safeJson(text: string): string {
  return text.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export class Output {
  private progressShown = false;
  private lastProgress = 0;
  private spin_ = 0;
  private readonly color: boolean;

  private readonly started = performance.now();

  constructor(
    readonly mode: OutputMode,
    private readonly streams: OutputStreams = { out: process.stdout, err: process.stderr },
    private readonly showProgress = true,
    readonly verbosity: Verbosity = "quiet",
  ) {
    this.color = Boolean(streams.out.isTTY) && !process.env.NO_COLOR;
  }

  get human(): boolean {
    return this.mode === "human";
  }

  /** Text as it is (a script, a page). */
  raw(text: string): void {
    this.streams.out.write(text);
  }

  line(text = ""): void {
    this.clearProgress();
    this.streams.out.write(`${render(text, this.color)}\n`);
  }

  /** Stderr notes for a person at a terminal; never in the way of a pipe. */
  note(text: string): void {
    if (!this.streams.err.isTTY) return;
    this.clearProgress();
    this.streams.err.write(`${render(text, this.color)}\n`);
  }

  error(text: string): void {
    this.clearProgress();
    this.streams.err.write(`ampm: ${render(text, false)}\n`);
  }

  /** One JSON document: indented with --json, on one line with --jsonl. */
  json(document: unknown): void {
    this.clearProgress();
    this.streams.out.write(`${safeJson(this.mode === "jsonl" ? JSON.stringify(document) : JSON.stringify(document, null, 2))}\n`);
  }

  jsonLine(value: unknown): void {
    this.clearProgress();
    this.streams.out.write(`${safeJson(JSON.stringify(value))}\n`);
  }

  /** A list: with --jsonl one item a line, with --json the whole document. */
  items(items: readonly unknown[], document: unknown): void {
    if (this.mode === "jsonl") for (const item of items) this.jsonLine(item);
    else this.json(document);
  }

  /** What the client does (--verbose), and each reply too (--debug), on stderr. */
  trace(event: TraceEvent): void {
    if (this.verbosity === "quiet" || (event.level === "debug" && this.verbosity !== "debug")) return;
    this.clearProgress();
    const at = ((performance.now() - this.started) / 1000).toFixed(3);
    this.streams.err.write(`ampm: [${at}s] ${event.kind}: ${render(event.message, false)}\n`);
  }

  /** Left-aligned columns, two spaces apart. */
  table(rows: readonly (readonly string[])[], header?: readonly string[]): void {
    const all = header ? [header, ...rows] : rows;
    if (all.length === 0) return;
    const widths: number[] = [];
    for (const row of all) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
    const fmt = (row: readonly string[]) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(Math.max(0, widths[i]! - visibleLength(cell)))))
        .join("  ")
        .trimEnd();
    if (header) this.line(this.bold(fmt(header)));
    for (const row of rows) this.line(fmt(row));
  }

  bold(text: string): string {
    return `\ue001${text}\ue000`;
  }

  red(text: string): string {
    return `\ue002${text}\ue000`;
  }

  yellow(text: string): string {
    return `\ue003${text}\ue000`;
  }

  /** A host's result: its status line, and its data indented (YAML) when OK. */
  hostResult(result: HostResult, options: { data?: boolean } = {}): void {
    if (!result.ok) {
      this.line(`${this.bold(result.sender)}: ${this.red(result.status)} ${result.statusmsg}`);
      return;
    }
    this.line(`${this.bold(result.sender)}: OK`);
    if (options.data !== false && result.data !== null && result.data !== undefined) {
      const data = prune(result.data);
      const text = typeof data === "object" ? toYaml(data).trimEnd() : String(data);
      if (text && text !== "{}") for (const l of text.split("\n")) this.line(`    ${l}`);
    }
  }

  /** The closing lines of a fan-out: counts, and who did not answer (failures were shown as they came). */
  summary(summary: CallSummary): void {
    const parts = [`${summary.ok} ok`];
    if (summary.failed.length) parts.push(this.red(`${summary.failed.length} failed`));
    if (summary.noResponse.length) parts.push(this.yellow(`${summary.noResponse.length} no response`));
    this.line();
    if (summary.discovered === 0) {
      this.line(summary.gone.length ? "No hosts to ask: every host that matched is gone from the registry." : "No hosts matched.");
      this.goneHosts(summary);
      return;
    }
    this.line(`Finished ${summary.agent}.${summary.action} on ${summary.discovered} host${summary.discovered === 1 ? "" : "s"}: ${parts.join(", ")} in ${formatMs(summary.elapsedMs)}`);
    if (summary.noResponse.length) {
      this.line();
      this.line(`No response from:`);
      for (const identity of summary.noResponse) this.line(`  ${identity}`);
    }
    this.goneHosts(summary);
  }

  /** Hosts the registry shows as gone: matched, not asked (apart from the silent ones, which were). */
  private goneHosts(summary: CallSummary): void {
    if (!summary.gone?.length) return;
    this.line();
    this.line(`Gone from the registry (not asked):`);
    this.table(summary.gone.map((h) => [`  ${h.identity}`, `last seen ${formatAge(h.lastSeenAgoMs)} ago`]));
  }

  /** A progress line on a terminal's stderr, shown once work takes longer than half a second. */
  progress(p: Progress, detail = ""): void {
    if (!this.showProgress || !this.streams.err.isTTY || p.elapsedMs < 500) return;
    const now = performance.now();
    if (now - this.lastProgress < 100) return;
    this.lastProgress = now;
    const what = p.phase === "discovery" ? `discovering: ${p.discovered} found` : `${p.replied}/${p.discovered} replied${p.failed ? `, ${p.failed} failed` : ""}`;
    this.spin_ = (this.spin_ + 1) % SPINNER.length;
    const width = (this.streams.err as { columns?: number }).columns ?? 100;
    const line = `${SPINNER[this.spin_]} ${what}${detail ? ` · ${detail}` : ""} · ${formatMs(p.elapsedMs)}`;
    this.streams.err.write(`\r\x1b[K${render(line, false).slice(0, Math.max(20, width - 1))}`);
    this.progressShown = true;
  }

  /** A one-line status on a terminal's stderr (a job's phase and percent), redrawn in place. */
  spin(text: string): void {
    if (!this.showProgress || !this.streams.err.isTTY) return;
    const now = performance.now();
    if (now - this.lastProgress < 100) return;
    this.lastProgress = now;
    this.spin_ = (this.spin_ + 1) % SPINNER.length;
    const width = (this.streams.err as { columns?: number }).columns ?? 100;
    this.streams.err.write(`\r\x1b[K${render(`${SPINNER[this.spin_]} ${text}`, false).slice(0, Math.max(20, width - 1))}`);
    this.progressShown = true;
  }

  clearProgress(): void {
    if (this.progressShown) {
      this.streams.err.write("\r\x1b[K");
      this.progressShown = false;
    }
  }
}

/** Characters a cell takes on screen: colour markers take none, escaped controls take their escape. */
function visibleLength(cell: string): number {
  return stripControls(cell).replace(MARKERS, "").length;
}

/** For reading: drops empty strings, lists and maps (--json keeps every field). */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const p = prune(v);
    if (p === "" || (Array.isArray(p) && p.length === 0) || (p !== null && typeof p === "object" && !Array.isArray(p) && Object.keys(p).length === 0)) continue;
    out[key] = p;
  }
  return out;
}

/** "4s", "12m", "3h", "2d": how long ago. */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s}s`;
  if (s < 120 * 60) return `${Math.round(s / 60)}m`;
  if (s < 48 * 3600) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86400)}d`;
}

export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
