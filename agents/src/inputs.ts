/**
 * The check of a built-in action's input, before it runs: the decoded body
 * (a plain object, defaults filled in) against the action's JSON Schema.
 * Empty strings, nulls and empty lists count as not given, so `required`
 * means "given and not empty", as proto3 cannot tell the two apart.
 *
 *   body ─▶ decode ─▶ prune empties ─▶ schema ─▶ MISSING_DATA | INVALID_DATA (naming the field) | run
 */
import type { ValidateFunction } from "ajv";
import { Status, StatusError } from "../../proto/wire/index.js";
import { check, compileSchema } from "../../proto/domain/index.js";
import type { ActionDef } from "./action.js";

const compiled = new WeakMap<object, ValidateFunction>();

/** The value without empty strings, nulls and empty lists (at any depth). */
export function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneEmpty);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === "" || v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = pruneEmpty(v);
  }
  return out;
}

/** Throws a StatusError (MISSING_DATA or INVALID_DATA, naming the fields) when the input breaks the action's schema. */
export function checkInput(label: string, action: ActionDef, input: unknown): void {
  if (!action.schema) return;
  let validate = compiled.get(action.schema);
  if (!validate) {
    validate = compileSchema(action.schema);
    compiled.set(action.schema, validate);
  }
  const problems = check(validate, pruneEmpty(input));
  if (problems.length === 0) return;
  const status = problems.some((p) => p.kind === "missing") ? Status.MISSING_DATA : Status.INVALID_DATA;
  throw new StatusError(status, `${label}: ${problems.map((p) => p.message).join("; ")}`);
}
