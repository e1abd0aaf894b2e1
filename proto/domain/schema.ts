/**
 * JSON Schema checks (ajv) with errors that name the field: config files,
 * profiles, plugin manifests and plugin inputs all report through here.
 */
import { Ajv, type ErrorObject, type SchemaValidateFunction, type ValidateFunction } from "ajv";
import { DURATION_EXAMPLES, durationMs } from "./duration.js";
import { isHostname, isId, isSafeName, NAME_RULES, printable } from "../wire/names.js";

export interface SchemaProblem {
  /** "servers[1]", "tls.ca", or "" for the document itself. */
  field: string;
  /** "missing", "unknown" or "invalid". */
  kind: "missing" | "unknown" | "invalid";
  message: string;
}

function fieldPath(instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

export function describeProblems(errors: readonly ErrorObject[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path = fieldPath(e.instancePath);
    let problem: SchemaProblem;
    switch (e.keyword) {
      case "required": {
        const field = join(path, String(e.params.missingProperty));
        problem = { field, kind: "missing", message: `missing field "${field}"` };
        break;
      }
      case "additionalProperties": {
        const field = join(path, String(e.params.additionalProperty));
        problem = { field, kind: "unknown", message: `unknown field "${field}"` };
        break;
      }
      case "format": {
        const rule = FORMAT_RULES[String(e.params.format)];
        const shown = typeof e.data === "string" ? ` ${printable(e.data, 80)}` : "";
        problem = { field: path, kind: "invalid", message: `${path || "value"}${shown} is not valid: it must be ${rule ?? `a ${String(e.params.format)}`}` };
        break;
      }
      case "enum":
        problem = { field: path, kind: "invalid", message: `${path || "value"}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}` };
        break;
      default:
        problem = { field: path, kind: "invalid", message: `${path || "value"}: ${e.message ?? "is invalid"}` };
    }
    if (!seen.has(problem.message)) {
      seen.add(problem.message);
      problems.push(problem);
    }
  }
  return problems;
}

/** The name rules (names.ts) as JSON Schema formats: `{ "type": "string", "format": "ampm-hostname" }`. */
const FORMATS: Record<string, (value: string) => boolean> = { "ampm-hostname": isHostname, "ampm-id": isId, "ampm-name": isSafeName };
const FORMAT_RULES: Record<string, string> = { "ampm-hostname": NAME_RULES.hostname, "ampm-id": NAME_RULES.id, "ampm-name": NAME_RULES.name };

/** A duration field ("5s", "2m", or a number of milliseconds): checked, and replaced by its milliseconds. */
export const DURATION = Object.freeze({ type: ["string", "number"], duration: true });

const toMilliseconds: SchemaValidateFunction = (_schema, data, _parent, cxt) => {
  const n = durationMs(data);
  if (n === undefined) {
    toMilliseconds.errors = [{ keyword: "duration", message: `expected a duration like ${DURATION_EXAMPLES} (a number is milliseconds), got ${JSON.stringify(data)}`, params: {} }];
    return false;
  }
  if (cxt) (cxt.parentData as Record<string | number, unknown>)[cxt.parentDataProperty] = n;
  return true;
};

let shared: Ajv | undefined;

/** One Ajv instance per process, created on first use (compiling is the slow part). */
export function ajv(): Ajv {
  if (!shared) {
    shared = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
    for (const [name, validate] of Object.entries(FORMATS)) shared.addFormat(name, { type: "string", validate });
    shared.addKeyword({ keyword: "duration", type: ["string", "number"], modifying: true, errors: true, validate: toMilliseconds });
  }
  return shared;
}

export function compileSchema<T>(schema: object): ValidateFunction<T> {
  return ajv().compile<T>(schema);
}

/** The problems of `value` against a compiled schema, or [] when it is valid. */
export function check(validate: ValidateFunction, value: unknown): SchemaProblem[] {
  return validate(value) ? [] : describeProblems(validate.errors ?? []);
}
