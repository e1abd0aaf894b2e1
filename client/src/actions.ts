/**
 * Request bodies on the caller's side: built-in actions take their ampm.v1
 * protobuf message; every other action (external agents) takes JSON.
 */
import { ampm, describeMessage, encodeJson, InvalidInputError, JSON_BODY, typeName, type ProtoClass } from "../../proto/wire/index.js";
import { camel, snake } from "./casing.js";

/** Each built-in action's input and output message, by "agent.action" (the agents' contract, as in proto/README.md). */
const BUILTIN: ReadonlyMap<string, readonly [ProtoClass, ProtoClass]> = new Map<string, readonly [ProtoClass, ProtoClass]>([
  ["rpcutil.ping", [ampm.v1.PingRequest, ampm.v1.PingReply]],
  ["rpcutil.facts", [ampm.v1.FactsRequest, ampm.v1.FactsReply]],
  ["rpcutil.inventory", [ampm.v1.InventoryRequest, ampm.v1.InventoryReply]],
  ["rpcutil.daemon_stats", [ampm.v1.DaemonStatsRequest, ampm.v1.DaemonStatsReply]],
  ["rpcutil.reload", [ampm.v1.ReloadRequest, ampm.v1.ReloadReply]],
  ["rpcutil.echo", [ampm.v1.EchoRequest, ampm.v1.EchoReply]],
  ["hypervisor.status", [ampm.v1.HostStatusRequest, ampm.v1.HostStatusReply]],
  ["hypervisor.set_enabled", [ampm.v1.SetEnabledRequest, ampm.v1.SetEnabledReply]],
  ["hypervisor.instances", [ampm.v1.InstancesRequest, ampm.v1.InstancesReply]],
  ["hypervisor.create", [ampm.v1.CreateRequest, ampm.v1.JobReply]],
  ["hypervisor.pause", [ampm.v1.InstanceRequest, ampm.v1.InstanceReply]],
  ["hypervisor.resume", [ampm.v1.InstanceRequest, ampm.v1.InstanceReply]],
  ["hypervisor.start", [ampm.v1.InstanceRequest, ampm.v1.InstanceReply]],
  ["hypervisor.stop", [ampm.v1.InstanceRequest, ampm.v1.InstanceReply]],
  ["hypervisor.destroy", [ampm.v1.InstanceRequest, ampm.v1.InstanceReply]],
  ["hypervisor.jobs", [ampm.v1.JobsRequest, ampm.v1.JobsReply]],
  ["hypervisor.migrate", [ampm.v1.MigrateRequest, ampm.v1.JobReply]],
  ["hypervisor.migrate_in", [ampm.v1.MigrateInRequest, ampm.v1.MigrationStatusReply]],
  ["hypervisor.migration_status", [ampm.v1.MigrationStatusRequest, ampm.v1.MigrationStatusReply]],
  ["hypervisor.migration_abort", [ampm.v1.MigrationStatusRequest, ampm.v1.MigrationStatusReply]],
  ["hypervisor.evacuate", [ampm.v1.EvacuateRequest, ampm.v1.EvacuateReply]],
  ["hypervisor.image_export", [ampm.v1.ImageExportRequest, ampm.v1.JobReply]],
  ["hypervisor.image_import", [ampm.v1.ImageImportRequest, ampm.v1.JobReply]],
  ["hypervisor.redeploy", [ampm.v1.RedeployRequest, ampm.v1.JobReply]],
  ["hypervisor.mount", [ampm.v1.InstanceRequest, ampm.v1.MountReply]],
  ["hypervisor.unmount", [ampm.v1.InstanceRequest, ampm.v1.MountReply]],
]);

/** Agents whose actions take protobuf bodies. */
export const BUILTIN_AGENTS: ReadonlySet<string> = new Set([...BUILTIN.keys()].map((k) => k.split(".")[0]!));

/** The actions of a built-in agent, in the table's order ([] for any other agent). */
export function builtinActions(agent: string): string[] {
  return [...BUILTIN.keys()].filter((k) => k.startsWith(`${agent}.`)).map((k) => k.slice(agent.length + 1));
}

export function builtinInput(agent: string, action: string): ProtoClass | undefined {
  return BUILTIN.get(`${agent}.${action}`)?.[0];
}

/**
 * A built-in agent as an inventory describes one, from the .proto files:
 * each action's input fields (as in the .proto) and output fields (as the
 * results have them, lowerCamelCase), with their comments. No host is asked.
 */
export async function describeBuiltin(agent: string): Promise<ampm.v1.IAgentInfo | undefined> {
  const names = builtinActions(agent);
  if (names.length === 0) return undefined;
  const actions: ampm.v1.IActionInfo[] = [];
  for (const name of names) {
    const [input, output] = BUILTIN.get(`${agent}.${name}`)!;
    const inputType = typeName(input);
    const described = await describeMessage(inputType);
    const returns = await describeMessage(typeName(output), "json");
    const description = described.comment.replace(new RegExp(`^${agent}\\.${name}:\\s*`), "");
    actions.push({ name, description, inputType, outputType: typeName(output), inputSchemaJson: JSON.stringify(described.schema), outputSchemaJson: JSON.stringify(returns.schema) });
  }
  return { name: agent, kind: "builtin", description: agent === "rpcutil" ? "on every host: ping, facts, inventory, statistics, reload, echo" : "on hosts that run instances", actions };
}

/** Encodes a call's input; built-in inputs may use snake_case or camelCase names. Throws InvalidInputError. */
export function encodeBody(agent: string, action: string, body: unknown): { body: Uint8Array; bodyType: string } {
  const type = builtinInput(agent, action);
  if (type) {
    if (body !== undefined && body !== null && (typeof body !== "object" || Array.isArray(body))) {
      throw new InvalidInputError(`${agent}.${action} takes an object as input`);
    }
    let message: object;
    try {
      message = type.fromObject(normalizeBuiltinBody(agent, action, (body ?? {}) as Record<string, unknown>));
    } catch (err) {
      if (err instanceof InvalidInputError) throw err;
      throw new InvalidInputError(`invalid input for ${agent}.${action}: ${(err as Error).message}`, { cause: err });
    }
    return { body: type.encode(message).finish(), bodyType: typeName(type) };
  }
  return { body: encodeJson(body ?? {}), bodyType: JSON_BODY };
}


/** The input fields of a built-in action in snake_case (as in the .proto), or undefined for JSON actions. */
export function builtinInputFields(agent: string, action: string): string[] | undefined {
  const type = builtinInput(agent, action) as unknown as { prototype: object } | undefined;
  if (!type) return undefined;
  return Object.keys(type.prototype)
    .filter((k) => !k.startsWith("$") && typeof (type.prototype as Record<string, unknown>)[k] !== "function")
    .map(snake);
}

/**
 * Checks a body for a built-in action: unknown fields are refused (naming
 * the ones it takes), snake_case names become the message's camelCase.
 */
export function normalizeBuiltinBody(agent: string, action: string, body: Record<string, unknown>): Record<string, unknown> {
  const fields = builtinInputFields(agent, action);
  if (!fields) return body;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const name = snake(camel(key));
    if (!fields.includes(name)) {
      throw new InvalidInputError(`${agent}.${action} has no input "${key}" (it takes: ${fields.join(", ") || "nothing"})`);
    }
    out[camel(name)] = camelKeys(value);
  }
  return out;
}

/** Nested messages take the .proto's snake_case names too (memory_mb → memoryMb). */
function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), camelKeys(v)]));
}
