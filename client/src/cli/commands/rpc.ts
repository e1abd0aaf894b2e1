import type { Command } from "commander";
import { normalizeBuiltinBody } from "../../index.js";
import { addFanoutOptions, callOptions, type CommonFlags } from "../options.js";
import { Output } from "../output.js";
import { classify, printRun, ProgressTicker, UsageError, withClient } from "../session.js";

interface RpcFlags extends CommonFlags {
  input?: string;
}

/** key=value pairs; a value is JSON when it parses (5, true, [1,2], {"a":1}), else a string. */
export function parseArguments(pairs: readonly string[], input?: string): Record<string, unknown> {
  let body: Record<string, unknown> = {};
  if (input !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch (err) {
      throw new UsageError(`--input is not valid JSON: ${(err as Error).message}`);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new UsageError("--input must be a JSON object");
    body = parsed as Record<string, unknown>;
  }
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`expected key=value, got "${pair}"`);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // a plain string
    }
    body[pair.slice(0, eq)] = value;
  }
  return body;
}

export function configure(cmd: Command): void {
  cmd
    .option("--input <json>", "the action's input as a JSON object (key=value pairs are added to it)")
    .addHelpText("after", `
Values are JSON when they parse (5, true, [1,2]), else strings.

Examples:
  ampm rpc rpcutil ping
  ampm rpc rpcutil echo message=hello delay_ms=200 -I container1.example.com
  ampm rpc rpcutil inventory -T dmz-interface --json
  ampm rpc rpcutil daemon_stats --batch 10 --batch-sleep 1s`);
  addFanoutOptions(cmd).action(async (agent: string, action: string, pairs: string[], flags: RpcFlags) => {
    let body: Record<string, unknown>;
    try {
      body = normalizeBuiltinBody(agent, action, parseArguments(pairs, flags.input));
    } catch (err) {
      const { code, message } = classify(err);
      new Output("human").error(message);
      process.exitCode = code;
      return;
    }
    process.exitCode = await withClient(flags, async (client, output) => {
      const ticker = new ProgressTicker(output);
      const run = client.call(agent, action, body, { ...callOptions(flags), onProgress: ticker.update });
      return printRun(run, output, ticker, { host: (r, out) => out.hostResult(r) });
    });
  });
}
