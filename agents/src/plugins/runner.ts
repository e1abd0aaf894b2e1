/**
 * The plugin runner: the only code that starts plugin processes.
 *
 *   data ─▶ input schema ─▶ spawn (argv, minimal env, own state dir, own process group, contained: containment.ts)
 *        ─▶ one JSON document on stdin ─▶ stdout (capped) ─▶ exactly one JSON reply ─▶ output schema
 *           stderr (capped) ─▶ the agent's log, with the request id; AMPM-PROGRESS lines ─▶ progress
 *           deadline or abort ─▶ TERM the group, KILL after a grace ─▶ TIMEOUT at once
 *           exit ─▶ whatever it left behind is killed, however it detached
 */
import { spawn } from "node:child_process";
import type { Logger } from "pino";
import { Status, statusName, type StatusCode } from "../../../proto/wire/index.js";
import { check, compileSchema } from "../../../proto/domain/index.js";
import { RUN_MARK, type Containment } from "./containment.js";
import { parseSingleDocument } from "./json.js";
import { PLUGIN_PROTOCOL } from "./manifest.js";
import type { PluginSpec } from "./scan.js";

export const RUNNER_DEFAULTS = Object.freeze({
  /** A reply larger than this is refused (it could not travel in an RPC body anyway). */
  stdoutBytes: 1024 * 1024,
  /** Plugin log lines beyond this are dropped (the tail is kept for error messages). */
  stderrBytes: 256 * 1024,
  stderrTailBytes: 2048,
  /** Between TERM and KILL of the process group. */
  killGraceMs: 500,
  /** After the plugin exits, how long its output may take to drain. */
  drainMs: 200,
});

export type RunnerLimits = typeof RUNNER_DEFAULTS;

export interface PluginProgress {
  done?: number;
  total?: number;
  message?: string;
}

export interface Invocation {
  plugin: PluginSpec;
  action: string;
  data: unknown;
  requestId: string;
  caller: string;
  /** Unix ms; the action's own timeout may end it sooner. */
  deadline: number;
  /** The plugin's section of the agent config. */
  config: unknown;
  facts: Record<string, unknown>;
  /** The plugin's own writable directory: its working directory and AMPM_STATE_DIR. */
  stateDir: string;
  log: Logger;
  signal?: AbortSignal;
  onProgress?: (progress: PluginProgress) => void;
  /** How the plugin's processes are kept together (and killed together). */
  containment: Containment;
}

export interface PluginOutcome {
  status: StatusCode;
  message: string;
  data?: unknown;
  exitCode: number | null;
  exitSignal: NodeJS.Signals | null;
  durationMs: number;
}

const REPLY_SCHEMA = {
  type: "object",
  required: ["statuscode"],
  properties: {
    statuscode: { type: "integer", minimum: 0 },
    statusmsg: { type: "string" },
  },
};
const checkReply = compileSchema(REPLY_SCHEMA);

/** The input check, before anything starts; undefined when the input is good. */
export function checkInput(plugin: PluginSpec, actionName: string, data: unknown): PluginOutcome | undefined {
  const action = plugin.actions.get(actionName);
  const base = { exitCode: null, exitSignal: null, durationMs: 0 };
  if (!action) {
    return { ...base, status: Status.UNKNOWN_ACTION, message: `plugin ${plugin.name} has no action "${actionName}" (it has: ${[...plugin.actions.keys()].join(", ")})` };
  }
  const problems = check(action.input, data);
  if (problems.length === 0) return undefined;
  const status = problems.some((p) => p.kind === "missing") ? Status.MISSING_DATA : Status.INVALID_DATA;
  return { ...base, status, message: `${plugin.name}.${actionName}: ${problems.map((p) => p.message).join("; ")}` };
}

export function invokePlugin(inv: Invocation, limits: RunnerLimits = RUNNER_DEFAULTS): Promise<PluginOutcome> {
  const refused = checkInput(inv.plugin, inv.action, inv.data);
  if (refused) return Promise.resolve(refused);
  const action = inv.plugin.actions.get(inv.action)!;
  const started = Date.now();
  const timeoutMs = Math.min(action.timeoutMs, inv.deadline - started);
  const label = `${inv.plugin.name}.${inv.action}`;
  const log = inv.log.child({ plugin: inv.plugin.name, action: inv.action, request: inv.requestId });
  if (timeoutMs <= 0) {
    return Promise.resolve({ status: Status.TIMEOUT, message: `${label}: no time left before the deadline`, exitCode: null, exitSignal: null, durationMs: 0 });
  }

  return new Promise<PluginOutcome>((resolve) => {
    const mark = inv.containment.newMark();
    const command = inv.containment.command(inv.plugin.executable);
    const child = spawn(command.file, command.args, {
      cwd: inv.stateDir,
      env: {
        PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin",
        AMPM_PLUGIN_PROTOCOL: PLUGIN_PROTOCOL,
        AMPM_PLUGIN_DIR: inv.plugin.dir,
        AMPM_STATE_DIR: inv.stateDir,
        [RUN_MARK]: mark,
      },
      detached: true,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let settled = false;
    let exitCode: number | null = null;
    let exitSignal: NodeJS.Signals | null = null;
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrBytes = 0;
    let stderrTail = "";
    let partial = "";

    const killGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // the group is gone already
      }
      // Processes that left the group (setsid, a double fork): in a PID namespace the kernel ends them; otherwise by their mark.
      if (signal === "SIGKILL" && inv.containment.mode === "process-group") inv.containment.killMarked(mark);
    };
    const timers: NodeJS.Timeout[] = [];
    const finish = (status: StatusCode, message: string, data?: unknown) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      inv.signal?.removeEventListener("abort", onAbort);
      resolve({ status, message, data, exitCode, exitSignal, durationMs: Date.now() - started });
    };
    const stop = (status: StatusCode, message: string) => {
      finish(status, message);
      killGroup("SIGTERM");
      setTimeout(() => killGroup("SIGKILL"), limits.killGraceMs).unref();
    };
    const onAbort = () => {
      const reason = inv.signal?.reason as { message?: string; name?: string } | undefined;
      const timeout = reason?.name === "TimeoutError";
      stop(timeout ? Status.TIMEOUT : Status.ABORTED, `${label}: ${reason?.message ?? "aborted"}`);
    };
    if (inv.signal?.aborted) return onAbort();
    inv.signal?.addEventListener("abort", onAbort, { once: true });
    timers.push(setTimeout(() => stop(Status.TIMEOUT, `${label} did not finish within ${timeoutMs} ms`), timeoutMs));

    const stderrLine = (line: string) => {
      if (line.startsWith("AMPM-PROGRESS ")) {
        try {
          const progress = JSON.parse(line.slice(14)) as unknown;
          if (progress && typeof progress === "object" && !Array.isArray(progress)) {
            inv.onProgress?.(progress as PluginProgress);
            return;
          }
        } catch {
          // not a progress report after all: log it
        }
      }
      if (stderrBytes <= limits.stderrBytes) log.info(line);
    };

    child.on("error", (err) => stop(Status.UNKNOWN_ERROR, `${label}: cannot start ${inv.plugin.executable}: ${err.message}`));
    child.stdin.on("error", () => undefined); // a plugin that does not read its input
    child.stdin.end(
      `${JSON.stringify({
        protocol: PLUGIN_PROTOCOL,
        plugin: inv.plugin.name,
        action: inv.action,
        request_id: inv.requestId,
        caller: inv.caller,
        deadline_ms: started + timeoutMs,
        data: inv.data ?? {},
        config: inv.config ?? {},
        facts: inv.facts,
      })}\n`,
    );
    child.stdout.on("data", (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > limits.stdoutBytes) {
        stop(Status.UNKNOWN_ERROR, `${label} wrote more than ${limits.stdoutBytes} bytes to stdout`);
        child.stdout.destroy();
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text: string) => {
      stderrBytes += text.length;
      stderrTail = (stderrTail + text).slice(-limits.stderrTailBytes);
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      if (partial.length > 64 * 1024) partial = partial.slice(-64 * 1024);
      for (const line of lines) stderrLine(line);
      if (stderrBytes > limits.stderrBytes && stderrBytes - text.length <= limits.stderrBytes) {
        log.warn(`stderr beyond ${limits.stderrBytes} bytes is not logged`);
      }
    });

    const conclude = () => {
      if (partial) stderrLine(partial);
      partial = "";
      killGroup("SIGKILL"); // whatever it left behind
      if (settled) return;
      const tail = stderrTail.trim().split("\n").slice(-5).join(" | ");
      const how = exitSignal ? `was killed by ${exitSignal}` : `exited with code ${exitCode}`;
      const parsed = parseSingleDocument(Buffer.concat(stdout).toString("utf8"));
      const problems = parsed.ok ? check(checkReply, parsed.value).map((p) => p.message) : [parsed.reason];
      if (!parsed.ok || problems.length > 0) {
        const what = parsed.ok ? `an invalid reply (${problems.join("; ")})` : `no valid reply (${problems[0]})`;
        return finish(Status.UNKNOWN_ERROR, `${label} ${how} with ${what}${tail ? `; stderr: ${tail}` : ""}`);
      }
      const reply = parsed.value as { statuscode: number; statusmsg?: string; data?: unknown };
      if (statusName(reply.statuscode).startsWith("STATUS_")) {
        return finish(Status.UNKNOWN_ERROR, `${label} replied with an unknown statuscode ${reply.statuscode}: ${reply.statusmsg ?? ""}`);
      }
      const status = reply.statuscode as StatusCode;
      if (status !== Status.OK) {
        return finish(status, reply.statusmsg || `${label} failed with ${statusName(status)}`, reply.data);
      }
      const data = reply.data ?? {};
      const outputProblems = check(action.output, data);
      if (outputProblems.length > 0) {
        return finish(Status.UNKNOWN_ERROR, `${label} replied data that breaks its output schema: ${outputProblems.map((p) => p.message).join("; ")}`);
      }
      finish(Status.OK, reply.statusmsg || "OK", data);
    };
    child.on("exit", (code, signal) => {
      exitCode = code;
      exitSignal = signal;
      // Output still open after the exit means a leftover child holds it: do not wait for it.
      timers.push(setTimeout(() => (child.stdout.destroy(), child.stderr.destroy(), conclude()), limits.drainMs));
    });
    child.on("close", conclude);
  });
}
