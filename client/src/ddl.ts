/**
 * An action's description (MCollective's DDL idea): external agents declare
 * their inputs as JSON Schema in the plugin manifest; hosts report them in
 * rpcutil.inventory. The caller uses them to type `key=value` arguments and
 * to explain an agent in `ampm rpc AGENT --help`.
 */
import { InvalidInputError, type ampm } from "../../proto/wire/index.js";

export interface InputField {
  name: string;
  type: string;
  required: boolean;
  description: string;
  /** Extra constraints worth showing: enum, minimum, ... */
  notes: string[];
}

interface PropertySchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

function schemaOf(action: ampm.v1.IActionInfo): { properties?: Record<string, PropertySchema>; required?: string[] } {
  if (!action.inputSchemaJson) return {};
  try {
    return JSON.parse(action.inputSchemaJson) as { properties?: Record<string, PropertySchema>; required?: string[] };
  } catch {
    return {};
  }
}

function typeOf(schema: PropertySchema): string {
  if (Array.isArray(schema.type)) return schema.type.filter((t) => t !== "null")[0] ?? "any";
  if (schema.type) return schema.type;
  if (schema.enum) return "enum";
  if (schema.const !== undefined) return typeof schema.const;
  return "any";
}

export function describeInputs(action: ampm.v1.IActionInfo): InputField[] {
  const schema = schemaOf(action);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, p]) => {
    const notes: string[] = [];
    if (p.enum) notes.push(`one of ${p.enum.map((v) => JSON.stringify(v)).join(", ")}`);
    if (p.const !== undefined) notes.push(`always ${JSON.stringify(p.const)}`);
    if (p.minimum !== undefined) notes.push(`>= ${p.minimum}`);
    if (p.maximum !== undefined) notes.push(`<= ${p.maximum}`);
    if (p.pattern) notes.push(`matches /${p.pattern}/`);
    return { name, type: typeOf(p), required: required.has(name), description: p.description ?? "", notes };
  });
}

function convert(name: string, raw: string, type: string): unknown {
  switch (type) {
    case "string":
      return raw;
    case "integer":
      if (!/^[-+]?\d+$/.test(raw)) throw new InvalidInputError(`${name} must be an integer, got "${raw}"`);
      return Number(raw);
    case "number":
      if (raw.trim() === "" || !Number.isFinite(Number(raw))) throw new InvalidInputError(`${name} must be a number, got "${raw}"`);
      return Number(raw);
    case "boolean":
      if (/^(true|yes|on|1)$/i.test(raw)) return true;
      if (/^(false|no|off|0)$/i.test(raw)) return false;
      throw new InvalidInputError(`${name} must be true or false, got "${raw}"`);
    case "array":
    case "object":
      try {
        return JSON.parse(raw);
      } catch {
        throw new InvalidInputError(`${name} must be JSON (${type}), got "${raw}"`);
      }
    default:
      try {
        return JSON.parse(raw);
      } catch {
        return raw;
      }
  }
}

/**
 * `key=value` strings typed by the action's input schema: strings stay
 * strings (a volume named 123 is "123"), integers and booleans are checked,
 * arrays and objects are JSON. An input the action does not declare is an
 * error that lists what it takes.
 */
export function convertArguments(agent: string, action: ampm.v1.IActionInfo, pairs: Record<string, string>): Record<string, unknown> {
  const fields = new Map(describeInputs(action).map((f) => [f.name, f]));
  const declared = Boolean(action.inputSchemaJson);
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(pairs)) {
    const field = fields.get(name);
    if (declared && !field) {
      const takes = [...fields.keys()].join(", ") || "nothing";
      throw new InvalidInputError(`${agent}.${action.name} has no input "${name}" (it takes: ${takes})`);
    }
    out[name] = convert(name, raw, field?.type ?? "any");
  }
  return out;
}

/** " (did you mean ping?)" when one of `candidates` is a likely typo of `word`, else "". */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ? ` (did you mean ${best}?)` : "";
}

/** Edit distance, a swap of two neighbours counting as one edit. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
