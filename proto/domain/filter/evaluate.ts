/**
 * Evaluates filters on the agent, against a snapshot of the host.
 */
import type { ampm } from "../../wire/proto.js";
import type { Expr, Value } from "./ast.js";
import { checkFilterLimits, CostBudget } from "./limits.js";
import { factFilterExpr, namePattern, parseExpression } from "./parser.js";
import { Meter, type Pattern } from "./pattern.js";

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

function equals(actual: unknown, value: Value, meter: Meter): boolean {
  if (actual === undefined) return false;
  if (Array.isArray(actual)) return actual.some((item) => equals(item, value, meter));
  if (value.kind === "regex") return value.re.test(toText(actual), meter);
  const a = toNumber(actual);
  const b = toNumber(value.text);
  if (a !== undefined && b !== undefined) return a === b;
  return toText(actual) === value.text;
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

/** Whether the expression holds for the host; a FilterSyntaxError when it costs more than the meter allows. */
export function evaluate(expr: Expr, host: HostView, meter = new Meter()): boolean {
  switch (expr.kind) {
    case "and":
      return evaluate(expr.left, host, meter) && evaluate(expr.right, host, meter);
    case "or":
      return evaluate(expr.left, host, meter) || evaluate(expr.right, host, meter);
    case "not":
      return !evaluate(expr.expr, host, meter);
    case "truthy":
      return truthy(resolveField(expr.field, host)) || host.tags.includes(expr.field);
    case "has": {
      const actual = resolveField(expr.field, host);
      const value = expr.value;
      if (Array.isArray(actual)) return actual.some((item) => equals(item, value, meter));
      if (actual !== null && typeof actual === "object") {
        return value.kind === "text" ? Object.hasOwn(actual, value.text) : Object.keys(actual).some((k) => equals(k, value, meter));
      }
      if (typeof actual === "string") return value.kind === "text" ? actual.includes(value.text) : value.re.test(actual, meter);
      return false;
    }
    case "in": {
      const actual = resolveField(expr.field, host);
      return expr.values.some((value) => equals(actual, value, meter));
    }
    case "compare": {
      const actual = resolveField(expr.field, host);
      switch (expr.op) {
        case "=":
          return equals(actual, expr.value, meter);
        case "!=":
          return !equals(actual, expr.value, meter);
        case "=~":
          return equals(actual, expr.value, meter);
        case "!~":
          return !equals(actual, expr.value, meter);
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

/** A filter message, checked and parsed once. */
interface CompiledFilter {
  identity: Pattern[];
  tags: readonly string[];
  agents: readonly string[];
  exprs: Expr[];
}

/** Parses a filter message within FILTER_LIMITS; throws FilterSyntaxError. */
export function compileFilter(filter: ampm.v1.IFilter): CompiledFilter {
  checkFilterLimits(filter);
  const budget = new CostBudget();
  const identity = (filter.identity ?? []).map((p) => {
    const pattern = namePattern(p);
    budget.add(pattern.cost, p);
    return pattern;
  });
  const exprs = (filter.facts ?? []).map((f) => factFilterExpr({ fact: f.fact ?? "", op: f.op ?? "", value: f.value ?? "" }, undefined, budget));
  if (filter.where) exprs.push(parseExpression(filter.where, budget));
  return { identity, tags: filter.tags ?? [], agents: filter.agents ?? [], exprs };
}

export const FILTER_CACHE_LIMITS = Object.freeze({ entries: 256, bytes: 256 * 1024, entryBytes: 16 * 1024 });

/**
 * Matches ampm.v1.Filter messages against a host. Compiled filters are
 * cached, so a fleet-wide broadcast parses once per distinct filter; the
 * cache is bounded by entries and by the bytes of its keys (a filter whose
 * key is larger than FILTER_CACHE_LIMITS.entryBytes is not kept). Throws
 * FilterSyntaxError for a filter that does not parse or is over its limits.
 */
export class FilterMatcher {
  private readonly cache = new Map<string, CompiledFilter>();
  private bytes = 0;

  matches(filter: ampm.v1.IFilter | null | undefined, host: HostView): boolean {
    if (!filter) return true;
    const compiled = this.compiled(filter);
    const meter = new Meter();
    if (compiled.identity.length > 0 && !compiled.identity.some((p) => p.test(host.identity, meter))) return false;
    for (const tag of compiled.tags) if (!host.tags.includes(tag)) return false;
    for (const agent of compiled.agents) if (!host.agents.includes(agent)) return false;
    for (const expr of compiled.exprs) if (!evaluate(expr, host, meter)) return false;
    return true;
  }

  /** Entries and key bytes held (for tests and stats). */
  get size(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.bytes };
  }

  private compiled(filter: ampm.v1.IFilter): CompiledFilter {
    checkFilterLimits(filter);
    const key = cacheKey(filter);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const compiled = compileFilter(filter);
    if (key.length <= FILTER_CACHE_LIMITS.entryBytes) {
      while (this.cache.size >= FILTER_CACHE_LIMITS.entries || this.bytes + key.length > FILTER_CACHE_LIMITS.bytes) {
        const oldest = this.cache.keys().next().value!;
        this.cache.delete(oldest);
        this.bytes -= oldest.length;
      }
      this.cache.set(key, compiled);
      this.bytes += key.length;
    }
    return compiled;
  }
}

function cacheKey(filter: ampm.v1.IFilter): string {
  const facts = (filter.facts ?? []).map((f) => [f.fact ?? "", f.op ?? "", f.value ?? ""]);
  return JSON.stringify([filter.identity ?? [], facts, filter.tags ?? [], filter.agents ?? [], filter.where ?? ""]);
}
