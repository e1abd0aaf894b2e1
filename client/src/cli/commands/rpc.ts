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
    .option("-h, --help", "this help; with an AGENT, that agent's actions, inputs and outputs (asked of a host that has it)")
    .option("--input <json>", "the action's input as a JSON object (key=value pairs are added to it)")
    .addHelpText(
      "after",
      `
Built-in actions take values as JSON when they parse (5, true, [1,2]), else
strings. External agents (plugins) declare their inputs in their manifest:
values are typed by it, and an input they do not declare is refused.

Examples:
  ampm rpc rpcutil ping
  ampm rpc rpcutil echo message=hello delay_ms=200 -I container1.example.com
  ampm rpc qcow2 --help                       what the agent offers
  ampm rpc sysinfo uptime -T dmz-interface --json
  ampm rpc rpcutil daemon_stats --batch 10 --batch-sleep 1s`,
    );
  addFanoutOptions(cmd).action(async (agent: string | undefined, action: string | undefined, pairs: string[], flags: RpcFlags) => {
    const session = await import("../session.js");
    if (flags.help && !agent) {
      cmd.outputHelp();
      return;
    }
    if (!flags.help && (!agent || !action)) {
      new (await import("../output.js")).Output("human").error("give an AGENT and an ACTION (ampm rpc AGENT --help lists an agent's actions)");
      process.exitCode = 2;
      return;
    }
    process.exitCode = await session.withClient(flags, async (client, output) => {
      if (flags.help) return describe(client, output, agent!, flags);
      const body = await buildBody(client, agent!, action!, pairs, flags);
      if (!body) {
        output.error(`no host that matches has an agent "${agent}" (try: ampm plugins)`);
        return 3;
      }
      const ticker = new session.ProgressTicker(output);
      const run = client.call(agent!, action!, body, { ...callOptions(flags), onProgress: ticker.update, onActionProgress: ticker.action });
      return session.printRun(run, output, ticker, { host: (r, out) => out.hostResult(r) });
    });
  });
}

async function buildBody(client: Client, agent: string, action: string, pairs: string[], flags: RpcFlags): Promise<Record<string, unknown> | undefined> {
  const { normalizeBuiltinBody, convertArguments, InvalidInputError, BUILTIN_AGENTS } = await import("../../index.js");
  const raw = splitPairs(pairs);
  const base = parseInput(flags.input);
  if (BUILTIN_AGENTS.has(agent)) return normalizeBuiltinBody(agent, action, { ...base, ...jsonOrString(raw) });
  const info = await client.describe(agent, filterSpec(flags), discoveryOptions(flags));
  if (!info) return undefined;
  const found = info.actions?.find((a) => a.name === action);
  if (!found) {
    const has = (info.actions ?? []).map((a) => a.name).join(", ");
    throw new InvalidInputError(`agent "${agent}" has no action "${action}" (it has: ${has}); see ampm rpc ${agent} --help`);
  }
  return { ...base, ...convertArguments(agent, found, raw) };
}

async function describe(client: Client, output: Output, agent: string, flags: RpcFlags): Promise<number> {
  const { describeInputs } = await import("../../index.js");
  const info = await client.describe(agent, filterSpec(flags), discoveryOptions(flags));
  if (!info) {
    output.error(`no host that matches has an agent "${agent}" (try: ampm plugins)`);
    return 3;
  }
  if (output.mode !== "human") {
    output.json(info);
    return 0;
  }
  printAgent(output, info, describeInputs);
  return 0;
}

export function printAgent(output: Output, info: ampm.v1.IAgentInfo, describeInputs: typeof import("../../index.js").describeInputs): void {
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
    } else if (action.inputType && action.inputType !== "application/json") {
      output.line(`      input: ${action.inputType}`);
    }
    const out = action.outputSchemaJson ? Object.keys((JSON.parse(action.outputSchemaJson) as { properties?: object }).properties ?? {}) : [];
    if (out.length > 0) output.line(`      returns: ${out.join(", ")}`);
    else if (action.outputType && action.outputType !== "application/json") output.line(`      returns: ${action.outputType}`);
    if (action.timeoutMs) output.line(`      timeout: ${action.timeoutMs / 1000} s`);
  }
}
