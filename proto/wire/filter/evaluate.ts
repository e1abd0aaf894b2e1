/**
 * Evaluates filters on the agent, against a snapshot of the host.
 */
import type { ampm } from "../proto.js";
import type { Expr, Value } from "./ast.js";
import { factFilterExpr, identityMatcher, parseExpression } from "./parser.js";

/** What a filter can see of a host. */
export interface HostView {
  identity: string;
  facts: Readonly<Record<string, unknown>>;
  tags: readonly string[];
  agents: readonly string[];
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && NUMBER.test(value.trim())) return Number(value);
  return undefined;
}

function toText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A field's value: identity, tags, agents, or a fact (a dotted name descends into maps). */
export function resolveField(field: string, host: HostView): unknown {
  if (field === "identity") return host.identity;
  if (field === "tags") return host.tags;
  if (field === "agents") return host.agents;
  const name = field.startsWith("facts.") ? field.slice(6) : field;
  if (Object.hasOwn(host.facts, name)) return host.facts[name];
  let current: unknown = host.facts;
  for (const part of name.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function equals(actual: unknown, value: Value): boolean {
  if (actual === undefined) return false;
  if (Array.isArray(actual)) return actual.some((item) => equals(item, value));
  if (value.kind === "regex") return test(value.re, toText(actual));
  const a = toNumber(actual);
  const b = toNumber(value.text);
  if (a !== undefined && b !== undefined) return a === b;
  return toText(actual) === value.text;
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function order(actual: unknown, value: Value, accept: (cmp: number) => boolean): boolean {
  if (actual === undefined || actual === null || value.kind !== "text") return false;
  if (Array.isArray(actual)) return actual.some((item) => order(item, value, accept));
  const a = toNumber(actual);
  const b = toNumber(value.text);
  if (a !== undefined && b !== undefined) return accept(a - b);
  if (typeof actual === "object") return false;
  const text = toText(actual);
  return accept(text < value.text ? -1 : text > value.text ? 1 : 0);
}

function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === "") return false;
  if (typeof value === "string" && ["false", "no", "off", "0"].includes(value.toLowerCase())) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function evaluate(expr: Expr, host: HostView): boolean {
  switch (expr.kind) {
    case "and":
      return evaluate(expr.left, host) && evaluate(expr.right, host);
    case "or":
      return evaluate(expr.left, host) || evaluate(expr.right, host);
    case "not":
      return !evaluate(expr.expr, host);
    case "truthy":
      return truthy(resolveField(expr.field, host)) || host.tags.includes(expr.field);
    case "has": {
      const actual = resolveField(expr.field, host);
      if (Array.isArray(actual)) return actual.some((item) => equals(item, expr.value));
      if (actual !== null && typeof actual === "object") {
        return expr.value.kind === "text" ? Object.hasOwn(actual, expr.value.text) : Object.keys(actual).some((k) => equals(k, expr.value));
      }
      if (typeof actual === "string") return expr.value.kind === "text" ? actual.includes(expr.value.text) : test(expr.value.re, actual);
      return false;
    }
    case "in": {
      const actual = resolveField(expr.field, host);
      return expr.values.some((value) => equals(actual, value));
    }
    case "compare": {
      const actual = resolveField(expr.field, host);
      switch (expr.op) {
        case "=":
          return equals(actual, expr.value);
        case "!=":
          return !equals(actual, expr.value);
        case "=~":
          return equals(actual, expr.value);
        case "!~":
          return !equals(actual, expr.value);
        case "<":
          return order(actual, expr.value, (c) => c < 0);
        case "<=":
          return order(actual, expr.value, (c) => c <= 0);
        case ">":
          return order(actual, expr.value, (c) => c > 0);
        case ">=":
          return order(actual, expr.value, (c) => c >= 0);
      }
    }
  }
}

const CACHE_SIZE = 256;

/**
 * Matches ampm.v1.Filter messages against a host. Parsed expressions and
 * identity patterns are cached, so a fleet-wide broadcast parses once per
 * distinct filter. Throws FilterSyntaxError for a filter that does not parse.
 */
export class FilterMatcher {
  private readonly exprs = new Map<string, Expr>();
  private readonly identities = new Map<string, (identity: string) => boolean>();

  matches(filter: ampm.v1.IFilter | null | undefined, host: HostView): boolean {
    if (!filter) return true;
    const identity = filter.identity ?? [];
    if (identity.length > 0 && !identity.some((p) => this.identity(p)(host.identity))) return false;
    for (const tag of filter.tags ?? []) if (!host.tags.includes(tag)) return false;
    for (const agent of filter.agents ?? []) if (!host.agents.includes(agent)) return false;
    for (const fact of filter.facts ?? []) {
      const parts = { fact: fact.fact ?? "", op: fact.op ?? "", value: fact.value ?? "" };
      const key = `\u0000${parts.fact}\u0000${parts.op}\u0000${parts.value}`;
      if (!evaluate(this.cached(key, () => factFilterExpr(parts)), host)) return false;
    }
    if (filter.where) {
      const where = filter.where;
      if (!evaluate(this.cached(where, () => parseExpression(where)), host)) return false;
    }
    return true;
  }

  private cached(key: string, parse: () => Expr): Expr {
    let expr = this.exprs.get(key);
    if (!expr) {
      expr = parse();
      if (this.exprs.size >= CACHE_SIZE) this.exprs.delete(this.exprs.keys().next().value!);
      this.exprs.set(key, expr);
    }
    return expr;
  }

  private identity(pattern: string): (identity: string) => boolean {
    let match = this.identities.get(pattern);
    if (!match) {
      match = identityMatcher(pattern);
      if (this.identities.size >= CACHE_SIZE) this.identities.delete(this.identities.keys().next().value!);
      this.identities.set(pattern, match);
    }
    return match;
  }
}
