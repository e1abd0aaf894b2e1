/**
 * What every command shares: output mode from flags, client options from
 * file + env + flags, connecting, running a fan-out with progress, and the
 * exit code.
 */
import { inspect } from "node:util";
import {
  buildFilter,
  CallRun,
  connect,
  ConnectionError,
  EXIT,
  exitCodeFor,
  exitCodeForError,
  fromEnvironment,
  resolveDiscoveryMethod,
  type CallSummary,
  type Client,
  type ClientOptions,
  type HostResult,
  type ActionProgress,
  type Progress,
} from "../index.js";
import { connectionFlags, discoveryOptions, filterSpec, type CommonFlags } from "./options.js";
import { Output } from "./output.js";
import { UsageError } from "./usage.js";

export { UsageError };

export function outputFor(flags: CommonFlags): Output {
  if (flags.json && flags.jsonl) throw new UsageError("--json and --jsonl cannot be used together");
  const verbosity = flags.debug ? "debug" : flags.verbose ? "verbose" : "quiet";
  return new Output(flags.json ? "json" : flags.jsonl ? "jsonl" : "human", undefined, flags.progress !== false, verbosity);
}

/** Client options as the library's fromEnvironment() finds them, with the flags on top (and --verbose's trace). */
export function clientOptions(flags: CommonFlags, output?: Output): ClientOptions {
  const trace = output && output.verbosity !== "quiet" ? (event: Parameters<Output["trace"]>[0]) => output.trace(event) : undefined;
  return fromEnvironment({ config: flags.config, context: flags.context, overrides: { ...connectionFlags(flags), trace } });
}

/** Profile directories: --profiles, AMPM_PROFILES, the context's, the config file's, the defaults (the first set wins). */
export function profileDirsFor(flags: CommonFlags): string[] {
  return clientOptions(flags).profiles ?? [];
}

/** An error's message and exit code; an unexpected one is one line, with its stack under --debug. */
export function classify(err: unknown, debug = false): { code: number; message: string } {
  if (err instanceof UsageError) return { code: EXIT.USAGE, message: err.message };
  const code = exitCodeForError(err);
  if (err instanceof ConnectionError) return { code, message: `${err.message} (is nats-server running? set --server, AMPM_SERVER or a context)` };
  if (code !== EXIT.UNEXPECTED) return { code, message: (err as Error).message };
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  // --debug: the stack, and what a system error says of itself (code, syscall, path).
  return { code, message: debug ? `unexpected error: ${inspect(err)}` : `unexpected error: ${what} (--debug shows where)` };
}

/**
 * Checks the flags (filters, discovery method) before connecting, so a
 * typo is a usage error even without a broker; then connects, runs `body`,
 * closes. Errors become a message and an exit code.
 */
export async function withClient(flags: CommonFlags, body: (client: Client, output: Output) => Promise<number>): Promise<number> {
  let output: Output | undefined;
  let client: Client | undefined;
  try {
    output = outputFor(flags);
    buildFilter(filterSpec(flags));
    resolveDiscoveryMethod(discoveryOptions(flags).method ?? "broadcast");
    client = await connect(clientOptions(flags, output));
    return await body(client, output);
  } catch (err) {
    const { code, message } = classify(err, flags.debug);
    (output ?? new Output("human")).error(message);
    return code;
  } finally {
    await client?.close().catch(() => undefined);
  }
}

/** Runs a command that needs no broker; errors become a message and an exit code. */
export async function withOutput(flags: CommonFlags, body: (output: Output) => Promise<number> | number): Promise<number> {
  let output: Output | undefined;
  try {
    output = outputFor(flags);
    return await body(output);
  } catch (err) {
    const { code, message } = classify(err, flags.debug);
    (output ?? new Output("human")).error(message);
    return code;
  }
}

/** Keeps the progress line moving while waiting for stragglers. */
export class ProgressTicker {
  private latest: Progress | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly started = performance.now();

  constructor(private readonly output: Output) {
    this.timer = setInterval(() => this.render(), 200);
    this.timer.unref();
  }

  private detail = "";

  readonly update = (p: Progress): void => {
    this.latest = p;
    this.render();
  };

  /** A host's report from inside its action, shown beside the counts. */
  readonly action = (event: ActionProgress): void => {
    const fraction = event.total ? ` ${event.done ?? 0}/${event.total}` : event.done !== undefined ? ` ${event.done}` : "";
    this.detail = `${event.sender}: ${event.message ?? event.action}${fraction}`;
    this.render();
  };

  private render(): void {
    const p = this.latest ?? { phase: "discovery" as const, discovered: 0, replied: 0, failed: 0, elapsedMs: 0 };
    this.output.progress({ ...p, elapsedMs: performance.now() - this.started }, this.detail);
  }

  stop(): void {
    clearInterval(this.timer);
    this.output.clearProgress();
  }
}

export interface FanoutView {
  /** Human output of one host's result. */
  host?: (result: HostResult, output: Output) => void;
  /** Human output once all is in (instead of printing per host). */
  end?: (results: HostResult[], summary: CallSummary, output: Output) => void;
  /** The --json document; default { results, summary }. */
  document?: (results: HostResult[], summary: CallSummary) => unknown;
  /** Skip the human summary lines. */
  quiet?: boolean;
}

/** Prints a call's results in the output mode and returns the exit code. */
export async function printRun(run: CallRun, output: Output, ticker: ProgressTicker | undefined, view: FanoutView = {}): Promise<number> {
  const results: HostResult[] = [];
  try {
    for await (const result of run) {
      results.push(result);
      if (output.mode === "jsonl") output.jsonLine({ kind: "result", ...result });
      else if (output.human && view.host) view.host(result, output);
    }
  } finally {
    ticker?.stop();
  }
  const summary = await run.summary;
  if (output.mode === "json") output.json(view.document ? view.document(results, summary) : { results, summary });
  else if (output.mode === "jsonl") output.jsonLine({ kind: "summary", ...summary });
  else {
    view.end?.(results, summary, output);
    if (!view.quiet || summary.failed.length || summary.noResponse.length || summary.gone.length || summary.discovered === 0) output.summary(summary);
  }
  return exitCodeFor(summary);
}
