/**
 * Plugin manifests (protocol ampm.plugin.v1): `<name>/<name>.json` beside the
 * executable `<name>/<name>`. Checked with ajv when loaded; a bad manifest is
 * reported and the plugin skipped, never fatal.
 */
import type { ValidateFunction } from "ajv";
import { check, compileSchema, describeProblems, ajv } from "../../../proto/domain/index.js";

export const PLUGIN_PROTOCOL = "ampm.plugin.v1";
export const PLUGIN_KINDS = ["storage", "template", "agent"] as const;
export type PluginKind = (typeof PLUGIN_KINDS)[number];

/** Actions each kind must implement. */
export const REQUIRED_ACTIONS: Readonly<Record<PluginKind, readonly string[]>> = {
  storage: ["probe", "create", "delete", "info", "list", "export", "import"],
  template: ["probe", "apply"],
  agent: [],
};

export const DEFAULT_PLUGIN_TIMEOUT_MS = 60_000;

export interface ActionManifest {
  description?: string;
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  timeout_ms?: number;
}

export interface Manifest {
  protocol: typeof PLUGIN_PROTOCOL;
  name: string;
  kind: PluginKind;
  description?: string;
  version?: string;
  timeout_ms?: number;
  actions: Record<string, ActionManifest>;
}

const NAME = "^[a-z][a-z0-9_-]{0,63}$";
const MANIFEST_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["protocol", "name", "kind", "actions"],
  properties: {
    protocol: { const: PLUGIN_PROTOCOL },
    name: { type: "string", pattern: NAME },
    kind: { enum: PLUGIN_KINDS },
    description: { type: "string" },
    version: { type: "string" },
    timeout_ms: { type: "integer", minimum: 1 },
    actions: {
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: NAME },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          description: { type: "string" },
          input: { type: "object" },
          output: { type: "object" },
          timeout_ms: { type: "integer", minimum: 1 },
        },
      },
    },
  },
} as const;

/** An action's input and output checks, compiled once when the plugin loads. */
export interface CompiledAction {
  name: string;
  manifest: ActionManifest;
  input: ValidateFunction;
  output: ValidateFunction;
  /** The input schema as enforced: undeclared properties refused. */
  inputSchema: Record<string, unknown>;
  timeoutMs: number;
}

/**
 * An object schema that does not say otherwise refuses undeclared
 * properties: a typo in an input is an error, not a silently ignored value.
 */
export function closedSchema(schema: Record<string, unknown> | undefined): Record<string, unknown> {
  const base = schema ?? { type: "object", properties: {} };
  if (base.type === "object" && base.additionalProperties === undefined) return { ...base, additionalProperties: false };
  return base;
}

/** Checks a parsed manifest; returns the problems (empty when valid). */
export function manifestProblems(value: unknown, dirName: string): string[] {
  const problems = check(compileSchema(MANIFEST_SCHEMA), value).map((p) => p.message);
  if (problems.length > 0) return problems;
  const manifest = value as Manifest;
  if (manifest.name !== dirName) problems.push(`name "${manifest.name}" must match its directory "${dirName}"`);
  const missing = REQUIRED_ACTIONS[manifest.kind].filter((a) => !Object.hasOwn(manifest.actions, a));
  if (missing.length > 0) problems.push(`a ${manifest.kind} plugin must implement ${missing.join(", ")}`);
  for (const [name, action] of Object.entries(manifest.actions)) {
    for (const side of ["input", "output"] as const) {
      const schema = action[side];
      if (schema && !ajv().validateSchema(schema)) {
        problems.push(`actions.${name}.${side} is not a valid JSON Schema: ${describeProblems(ajv().errors ?? []).map((p) => p.message).join("; ")}`);
      }
    }
  }
  return problems;
}

export function compileActions(manifest: Manifest): Map<string, CompiledAction> {
  const out = new Map<string, CompiledAction>();
  for (const [name, action] of Object.entries(manifest.actions)) {
    const inputSchema = closedSchema(action.input);
    out.set(name, {
      name,
      manifest: action,
      input: compileSchema(inputSchema),
      output: compileSchema(action.output ?? {}),
      inputSchema,
      timeoutMs: action.timeout_ms ?? manifest.timeout_ms ?? DEFAULT_PLUGIN_TIMEOUT_MS,
    });
  }
  return out;
}
