/**
 * Request bodies on the caller's side: built-in actions take their ampm.v1
 * protobuf message; every other action (external agents) takes JSON.
 */
import { ampm, encodeJson, InvalidInputError, JSON_BODY, typeName, type ProtoClass } from "../../proto/wire/index.js";

/** Input message of each built-in action, by "agent.action". */
const BUILTIN_INPUTS: ReadonlyMap<string, ProtoClass> = new Map<string, ProtoClass>([
  ["rpcutil.ping", ampm.v1.PingRequest],
  ["rpcutil.facts", ampm.v1.FactsRequest],
  ["rpcutil.inventory", ampm.v1.InventoryRequest],
  ["rpcutil.daemon_stats", ampm.v1.DaemonStatsRequest],
  ["rpcutil.reload", ampm.v1.ReloadRequest],
  ["rpcutil.echo", ampm.v1.EchoRequest],
  ["hypervisor.status", ampm.v1.HostStatusRequest],
  ["hypervisor.set_enabled", ampm.v1.SetEnabledRequest],
  ["hypervisor.instances", ampm.v1.InstancesRequest],
  ["hypervisor.create", ampm.v1.CreateRequest],
  ["hypervisor.pause", ampm.v1.InstanceRequest],
  ["hypervisor.resume", ampm.v1.InstanceRequest],
  ["hypervisor.start", ampm.v1.InstanceRequest],
  ["hypervisor.stop", ampm.v1.InstanceRequest],
  ["hypervisor.destroy", ampm.v1.InstanceRequest],
  ["hypervisor.jobs", ampm.v1.JobsRequest],
  ["hypervisor.migrate", ampm.v1.MigrateRequest],
  ["hypervisor.migrate_in", ampm.v1.MigrateInRequest],
  ["hypervisor.migration_status", ampm.v1.MigrationStatusRequest],
  ["hypervisor.migration_abort", ampm.v1.MigrationStatusRequest],
  ["hypervisor.evacuate", ampm.v1.EvacuateRequest],
  ["hypervisor.image_export", ampm.v1.ImageExportRequest],
  ["hypervisor.image_import", ampm.v1.ImageImportRequest],
  ["hypervisor.redeploy", ampm.v1.RedeployRequest],
  ["hypervisor.mount", ampm.v1.InstanceRequest],
  ["hypervisor.unmount", ampm.v1.InstanceRequest],
]);

/** Agents whose actions take protobuf bodies. */
export const BUILTIN_AGENTS: ReadonlySet<string> = new Set([...BUILTIN_INPUTS.keys()].map((k) => k.split(".")[0]!));

export function builtinInput(agent: string, action: string): ProtoClass | undefined {
  return BUILTIN_INPUTS.get(`${agent}.${action}`);
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

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

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
