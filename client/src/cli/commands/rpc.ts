import type { Command } from "commander";
import type { ampm, Client } from "../../index.js";
import { addFanoutOptions, callOptions, discoveryOptions, filterSpec, type CommonFlags } from "../options.js";
import type { Output } from "../output.js";
import { UsageError } from "../usage.js";

interface RpcFlags extends CommonFlags {
  input?: string;
  help?: boolean;
}

/** `key=value` pairs as strings; the action's schema (or JSON) types them later. */
export function splitPairs(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`expected key=value, got "${pair}"`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** For built-in actions: a value is JSON when it parses (5, true, [1,2]), else a string. */
export function jsonOrString(pairs: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(pairs)) {
    try {
      out[key] = JSON.parse(raw);
    } catch {
      out[key] = raw;
    }
  }
  return out;
}

export function parseInput(input: string | undefined): Record<string, unknown> {
  if (input === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch (err) {
    throw new UsageError(`--input is not valid JSON: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new UsageError("--input must be a JSON object");
  return parsed as Record<string, unknown>;
}

export function configure(cmd: Command): void {
  cmd
    .helpOption(false)
    .option("-h, --help", "this help; with an AGENT, that agent's actions, inputs and outputs")
    .option("--input <json>", "the action's input as a JSON object (key=value pairs are added to it)")
    .addHelpText(
      "after",
      `
Built-in agents (rpcutil, hypervisor) are known here: an action they do not
have is refused before anything is sent, and AGENT --help needs no broker.
Their values are JSON when they parse (5, true, [1,2]), else strings.
External agents (plugins) declare their inputs in their manifest, which a
host that has the agent reports: values are typed by it, and an action or
input they do not declare is refused.

Examples:
  ampm rpc rpcutil ping
  ampm rpc rpcutil echo message=hello delay_ms=200 -I container1.example.com
  ampm rpc qcow2 --help                       what the agent offers
  ampm rpc sysinfo uptime -T dmz-interface --json
  ampm rpc rpcutil daemon_stats --batch 10 --batch-sleep 1s`,
    );
  addFanoutOptions(cmd).action(async (agent: string | undefined, action: string | undefined, pairs: string[], flags: RpcFlags) => {
    if (flags.help && !agent) {
      cmd.outputHelp();
      return;
    }
    const session = await import("../session.js");
    const lib = await import("../../index.js");
    if (agent && lib.BUILTIN_AGENTS.has(agent)) {
      // Known here: explained, and checked, before any broker is asked.
      process.exitCode = await session.withOutput(flags, async (output) => {
        if (flags.help) return printAgent(output, (await lib.describeBuiltin(agent))!, lib.describeInputs);
        if (!action) throw new UsageError(`give an ACTION of ${agent} (ampm rpc ${agent} --help lists them)`);
        const actions = lib.builtinActions(agent);
        if (!actions.includes(action)) throw new UsageError(`${agent} has no action "${action}"${lib.didYouMean(action, actions)}; it has: ${actions.join(", ")}`);
        const body = lib.normalizeBuiltinBody(agent, action, { ...parseInput(flags.input), ...jsonOrString(splitPairs(pairs)) });
        return session.withClient(flags, (client, out) => fanOut(client, out, agent, action, body, flags));
      });
      return;
    }
    if (!flags.help && (!agent || !action)) {
      new (await import("../output.js")).Output("human").error("give an AGENT and an ACTION (ampm rpc AGENT --help lists an agent's actions)");
      process.exitCode = 2;
      return;
    }
    process.exitCode = await session.withClient(flags, async (client, output) => {
      const info = await client.describe(agent!, filterSpec(flags), discoveryOptions(flags));
      if (!info) {
        output.error(`no host that matches has an agent "${agent}"${lib.didYouMean(agent!, lib.BUILTIN_AGENTS)} (try: ampm plugins)`);
        return 3;
      }
      if (flags.help) return output.mode === "human" ? printAgent(output, info, lib.describeInputs) : (output.json(info), 0);
      const found = info.actions?.find((a) => a.name === action);
      if (!found) {
        const has = (info.actions ?? []).map((a) => a.name ?? "");
        throw new UsageError(`agent "${agent}" has no action "${action}"${lib.didYouMean(action!, has)}; it has: ${has.join(", ")} (ampm rpc ${agent} --help)`);
      }
      return fanOut(client, output, agent!, action!, { ...parseInput(flags.input), ...lib.convertArguments(agent!, found, splitPairs(pairs)) }, flags);
    });
  });
}

async function fanOut(client: Client, output: Output, agent: string, action: string, body: Record<string, unknown>, flags: RpcFlags): Promise<number> {
  const session = await import("../session.js");
  const ticker = new session.ProgressTicker(output);
  const run = client.call(agent, action, body, { ...callOptions(flags), onProgress: ticker.update, onActionProgress: ticker.action });
  return session.printRun(run, output, ticker, { host: (r, out) => out.hostResult(r) });
}

/** An agent's actions, their inputs and outputs; returns the exit code (0). */
export function printAgent(output: Output, info: ampm.v1.IAgentInfo, describeInputs: typeof import("../../index.js").describeInputs): number {
  if (output.mode !== "human") {
    output.json(info);
    return 0;
  }
  output.line(`${output.bold(info.name ?? "")} (${info.kind}${info.version ? ` ${info.version}` : ""})${info.description ? `: ${info.description}` : ""}`);
  if (info.active === false) output.line(output.red(`inactive: ${info.inactiveReason}`));
  for (const action of info.actions ?? []) {
    output.line();
    output.line(`  ${output.bold(action.name ?? "")}  ${action.description ?? ""}`);
    const inputs = describeInputs(action);
    if (inputs.length > 0) {
      output.table(
        inputs.map((f) => [`      ${f.name}`, f.type, f.required ? "required" : "", [f.description, ...f.notes].filter(Boolean).join("; ")]),
      );
    } else if (!action.inputSchemaJson && action.inputType && action.inputType !== "application/json") {
      output.line(`      input: ${action.inputType}`);
    }
    const out = action.outputSchemaJson ? Object.keys((JSON.parse(action.outputSchemaJson) as { properties?: object }).properties ?? {}) : [];
    if (out.length > 0) output.line(`      returns: ${out.join(", ")}`);
    else if (action.outputType && action.outputType !== "application/json") output.line(`      returns: ${action.outputType}`);
    if (action.timeoutMs) output.line(`      timeout: ${action.timeoutMs / 1000} s`);
  }
  return 0;
}
