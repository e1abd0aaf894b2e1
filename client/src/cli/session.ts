/**
 * What every command shares: output mode from flags, client options from
 * file + env + flags, connecting, running a fan-out with progress, and the
 * exit code.
 */
import {
  buildFilter,
  CallRun,
  ConfigError,
  connect,
  ConnectionError,
  EXIT,
  exitCodeFor,
  FilterSyntaxError,
  findConfigFile,
  FleetError,
  profileDirs,
  InvalidInputError,
  NotFoundError,
  optionsFromEnv,
  PermissionError,
  readClientConfig,
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
  return new Output(flags.json ? "json" : flags.jsonl ? "jsonl" : "human", undefined, flags.progress !== false);
}

/** Profile directories: --profiles, AMPM_PROFILES, the config file's `profiles`, the defaults. */
export function profileDirsFor(flags: CommonFlags & { profiles?: string[] }): string[] {
  const file = findConfigFile(flags.config);
  const configured = file ? (readClientConfig(file).profiles ?? []) : [];
  return profileDirs(flags.profiles ?? [], process.env, configured);
}

export function clientOptions(flags: CommonFlags): ClientOptions {
  const file = findConfigFile(flags.config);
  const { profiles: _profiles, ...fromFile } = file ? readClientConfig(file) : {};
  const layers: ClientOptions[] = [fromFile, optionsFromEnv(), connectionFlags(flags)];
  const merged: ClientOptions = {};
  for (const layer of layers) for (const [k, v] of Object.entries(layer)) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  return merged;
}

/** Maps an error to its message and exit code. */
export function classify(err: unknown): { code: number; message: string } {
  if (err instanceof UsageError || err instanceof FilterSyntaxError || err instanceof ConfigError || err instanceof NotFoundError || err instanceof InvalidInputError || err instanceof RangeError) {
    return { code: EXIT.USAGE, message: err.message };
  }
  if (err instanceof FleetError) {
    const code = err.code === "not-found" ? EXIT.NO_MATCH : err.code === "no-response" ? EXIT.NO_RESPONSE : err.code === "unauthorized" ? EXIT.UNAUTHORIZED : EXIT.FAILED;
    return { code, message: err.message };
  }
  if (err instanceof PermissionError) return { code: EXIT.UNAUTHORIZED, message: err.message };
  if (err instanceof ConnectionError) {
    return { code: EXIT.UNAVAILABLE, message: `${err.message} (is nats-server running? set --server or AMPM_SERVER)` };
  }
  return { code: EXIT.UNAVAILABLE, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
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
    client = await connect(clientOptions(flags));
    return await body(client, output);
  } catch (err) {
    const { code, message } = classify(err);
    (output ?? new Output("human")).error(message);
    return code;
  } finally {
    await client?.close().catch(() => undefined);
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
    if (!view.quiet || summary.failed.length || summary.noResponse.length || summary.discovered === 0) output.summary(summary);
  }
  return exitCodeFor(summary);
}
